"""The word a trigger is, before the lexicon reads it: a word split at a hyphen ("sit - in"),
its coarse part of speech (a verb, a noun, a predicate adjective), the particles of a phrasal
verb ("stepped DOWN", "set ... FREE"), and the idioms in which a lexicon verb is no event ("will
be met with", "as opposed to").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .resultatives import result_word

# Particles the small model often parses as an adverb or a preposition ("stepped DOWN", "walked
# OUT of", "brushed ASIDE", "was put FORWARD by"): those count as particles too.
PARTICLES = frozenset({"off", "out", "down", "up", "back", "over", "away", "aside", "forward"})
# and the adverb of "cut SHORT his visit", which no phrase hangs on
_ADVERB_PARTICLES = PARTICLES | {"short"}


def hyphenated_word(token: Token) -> Span:
    """The word a token is part of when the tokenizer split it at a hyphen ("sit - in",
    "cease - fire"): the three tokens; else the token alone."""
    doc = token.doc
    for start in (token.i - 2, token.i):
        if 0 <= start and start + 2 < len(doc):
            dash = doc[start + 1]  # the dash first: most words have none beside them
            if dash.text == "-" and not dash.whitespace_ and not doc[start].whitespace_ and (
                    doc[start].is_alpha and doc[start + 2].is_alpha):
                return doc[start:start + 3]
    return doc[token.i:token.i + 1]


def hyphenated_lemma(token: Token) -> str | None:
    """The lower-case hyphenated word ("sit-in") when the token is its head (the part the rest
    of the sentence attaches to), so a lexicon row can name the word."""
    word = hyphenated_word(token)
    if len(word) != 3 or token.i == word.start + 1:
        return None
    left, right = word[0], word[2]
    heads = [t for t in (left, right) if not (word.start <= t.head.i < word.end) or t.head == t]
    return f"{left.lower_}-{right.lower_}" if (heads or [right])[0].i == token.i else None


def is_idiom(token: Token) -> bool:
    """"will be MET with a united response": a reception, not a meeting; "AS OPPOSED TO":
    a comparison, not a stance."""
    if token.lemma_ == "oppose" and token.tag_ == "VBN":
        return any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in token.children)
    return token.lemma_ == "meet" and any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children)


def coarse_pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        return "ADJ"  # a predicate adjective: "he was OPTIMISTIC about the talks"
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ == "talks"):
        return "NOUN"
    return None


def particles_of(token: Token) -> set[str]:
    """The particles of a verb for the lexicon's particle rows: its ``prt`` children, the
    particle words parsed as an adverb or a preposition, and the result word of "let ... go" or
    "set ... free" (annotate/actions/resultatives.py)."""
    found = {child.lower_ for child in token.children if child.dep_ == "prt"
             or child.dep_ in ("advmod", "prep") and child.lower_ in _ADVERB_PARTICLES}
    result = result_word(token)
    if result is not None:
        found.add(result.lower_)
    return found

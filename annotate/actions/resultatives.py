"""Release told by a verb of letting or setting and the word of its result: "let the hostages
GO", "let FREE the activist", "set three aid workers FREE", "set FREE the prisoners", "set the
captives LOOSE"; and arson told the same way, "set the church ABLAZE".

These are the causative "let X go" and the complex-transitive "set X free": a verb, its object
and a complement that says the object's resulting state. The small model hangs the result word
on the verb as a clausal complement, an adverb or an adverbial clause, or on the object as its
modifier ("set FREE three aid workers"). The verb takes the result word as its particle, so that
the lexicon's ``let VERB go`` and ``set VERB free`` rows (models/actions_phrasal.tsv) apply, and
the people a clausal complement frees, its subject or object, count as the verb's objects. "let
FREE the activist" with "free" read as a verb is the lexicon's free row, as it was.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

# the verbs and the result words that make them a release
RESULT_WORDS = {"let": frozenset({"go", "free"}),
                "set": frozenset({"free", "loose", "ablaze"})}
# their lemmas as string ids: every lexicon verb is asked, and an int is read without a string
_RESULT_LEMMAS = frozenset(get_string_id(lemma) for lemma in RESULT_WORDS)
# how the parse hangs the result word on the verb
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "advcl", "advmod", "acomp", "oprd", "prt"})


def result_word(verb: Token) -> Token | None:
    """The result word of "let ... go" or "set ... free" for a verb of letting or setting, or
    None (any other verb is answered from its lemma alone)."""
    if verb.lemma not in _RESULT_LEMMAS or verb.pos_ != "VERB":
        return None
    words = RESULT_WORDS[verb.lemma_]
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS and child.lower_ in words:
            # "let FREE the activist" with "free" read as a verb: the lexicon's free row codes
            # the release itself, with let's subject as its own
            return None if child.pos_ == "VERB" and child.lower_ == "free" else child
        if child.dep_ == "dobj":  # "set FREE three aid workers": read as the object's modifier
            for word in child.lefts:
                if word.dep_ == "amod" and word.lower_ in words:
                    return word
    return None


def freed_by(verb: Token) -> list[Token]:
    """The people a clausal result complement frees: its subject ("let THE HOSTAGES go", "let
    THE TWO JOURNALISTS free"), its object or what its of-phrase names ("let go OF THE
    HOSTAGES"); a direct object of the verb is one of its objects anyway."""
    word = result_word(verb)
    if word is None or word.dep_ not in ("ccomp", "xcomp"):
        return []
    found = [child for child in word.children if child.dep_ in ("nsubj", "dobj")]
    found += [grand for child in word.children if child.dep_ == "prep" and child.lower_ == "of"
              for grand in child.children if grand.dep_ == "pobj"]
    return [token for item in found for token in (item, *item.conjuncts)]

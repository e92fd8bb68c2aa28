"""Headlines in title case or capitals: read again with their ordinary words in lower case.

The small model tags every capitalised word of "Russia Expels 10 US Diplomats" a proper noun,
so the verb is never found and the headline reports nothing. Such a sentence is parsed a
second time as a sentence would be written, its ordinary words in lower case and the names
kept as they are (a name of the gazetteer, a person's name, an acronym), and
its actions are read from that parse; where it finds some, they replace what the capitalised
parse read. Lower-casing keeps every character offset, so what is found there is found in the
story at the same offsets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..casing import is_present_tense
from ..gazetteer import Gazetteer
from .action import Action, Party
from .context import people_at
from .lexicon import Lexicon

# The pipes a sentence is parsed with again: what the actions layer reads (tags, parse,
# lemmas, entities), not the other annotate layers.
_PARSING_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
                  "annotate_verb_lemmas", "ner")
_LONGEST_NAME = 4  # words of the longest gazetteer name tried ("Democratic Republic of Congo")


def name_tokens(doc: Doc, verbs: frozenset[str]) -> set[int]:
    """The tokens whose case a headline keeps as names: the people layer's names and the words
    of the model's PERSON entities, but for a headline's verb inside them ("Biden MEETS Xi").
    Its other entities are not taken: in a title-case headline they run over the verb and the
    nouns after it ("US IMPOSES NEW SANCTIONS" as one organisation)."""
    names = set(people_at(doc))
    names.update(t.i for entity in doc.ents if entity.label_ == "PERSON" for t in entity
                 if not is_present_tense(t.text, verbs))
    return names


def recased(sentence: Span, gazetteer: Gazetteer, names: set[int]) -> str:
    """The sentence's text with its ordinary words in lower case: a word keeps its case when
    it is in ``names`` (token indices of names, :func:`name_tokens`), is a short acronym ("US",
    "EU") or belongs to a name of the gazetteer ("South Korea", "Hamas"). The first word is
    written with a capital, as a sentence begins."""
    keep = set(names)
    tokens = list(sentence)
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST_NAME, len(tokens) - i), 0, -1):
            span = sentence.doc[tokens[i].i:tokens[i].i + size]
            if gazetteer.lookup(span.text) is not None:
                keep.update(t.i for t in span)
                i += size - 1
                break
        i += 1
    pieces = []
    for token in tokens:
        text = token.text
        if not (token.i in keep or (text.isupper() and len(text) <= 4)):
            text = text.lower()
        if token.i == sentence.start:
            text = text[:1].upper() + text[1:]
        pieces.append(text + token.whitespace_)
    return "".join(pieces)


def misread_verb(trigger: Token, lexicon: Lexicon) -> bool:
    """A noun trigger whose compound modifier is a verb of the lexicon: headline grammar read
    as one noun phrase ("U.S. LIFTS travel BAN", parsed as a kind of ban), where the event is
    the verb the parser missed and the noun is its object. Such a reading is not taken."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "compound" and lexicon.candidates(c.lemma_.lower(), "VERB")
        for c in trigger.children)


def reparser(nlp: Language) -> Callable[[str], Doc]:
    """A function that parses a text with the model's pipes only."""
    names = [name for name in _PARSING_PIPES if name in nlp.pipe_names]

    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for name in names:
            doc = nlp.get_pipe(name)(doc)
        return doc

    return parse


def moved(action: Action, doc: Doc, offset: int) -> Action | None:
    """An action read from a sentence parsed on its own, placed in the story: its offsets
    moved by the sentence's start, its token and words the story's (as written, not in lower
    case); None if its words do not line up."""
    span = doc.char_span(action.start + offset, action.end + offset)
    if span is None or len(span) == 0:
        return None

    def party(found: Party | None) -> Party | None:
        if found is None:
            return None
        start, end = found.start + offset, found.end + offset  # the story's words, as written
        return replace(found, start=start, end=end, text=doc.text[start:end])

    location = action.location
    if location is not None:
        start, end = location.start + offset, location.end + offset
        location = replace(location, start=start, end=end, text=doc.text[start:end])
    return replace(action, start=span.start_char, end=span.end_char, token=span.start,
                   actor=party(action.actor), target=party(action.target), location=location,
                   trigger=span.text)

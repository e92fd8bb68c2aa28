"""East Asian given names written with a hyphen are one word: "Moon Jae-in", "Tsai Ing-wen".

AP style writes Korean names, and Taiwanese and older Chinese (Wade-Giles) names, family name
first with a hyphenated two-syllable given name ("Park Geun-hye", "Ban Ki-moon", "Chiang
Kai-shek"). spaCy's tokenizer splits "Jae-in" into "Jae", "-", "in"; the tagger then reads "in"
as a preposition and the parse of the whole sentence falls apart ("President Moon Jae - in
held talks": "held" becomes an adjective, the name three parties). This component runs before
the tagger and makes such a given name one token again; a second one, after the entity
recognizer, adds the given name to a PERSON entity that stops at the family name ("Moon").

The construction, found with a regular expression over the text (no loop over every token):
a capitalised one-syllable word (the family name: Chinese and Korean family names are one
syllable) followed by a space and by a capitalised syllable, a hyphen and a lower-case syllable
with no space between. A syllable is what Korean and Chinese romanisation writes: up to three
onset consonants, one to three vowels and at most one final consonant, "ng", or the "ck", "rk"
and "hn" of spellings such as "Duck", "Park" and "Ahn" ("Jae", "in", "Hsien", "loong", "yeol");
the capital may be the syllable's vowel ("Ing-wen", "Oh"). English compounds rarely fit: "Vice-president", "Re-elected",
"Anti-war" or "Self-styled" have a second syllable on one side.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..people.words import frequent_surnames

_SYLLABLE = r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|ck|rk|hn|[nmklpthr])?"
_CAPITALISED = rf"(?=[A-Z])(?i:{_SYLLABLE})"  # "Tsai", "Ing": the capital may be the vowel
_NAME = re.compile(rf"\b{_CAPITALISED} (?P<given>{_CAPITALISED}-{_SYLLABLE})\b")
_GIVEN = re.compile(rf"{_CAPITALISED}-{_SYLLABLE}")


@Language.component("annotate_hyphenated_names")
def merge_hyphenated_names(doc: Doc) -> Doc:
    text = doc.text
    if "-" not in text:
        return doc
    spans = []
    for match in _NAME.finditer(text):
        span = doc.char_span(match.start("given"), match.end("given"))
        if span is not None and len(span) == 3:  # "Jae", "-", "in": the tokenizer split it
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("annotate_hyphenated_names_ner")
def extend_person_entities(doc: Doc) -> Doc:
    """A PERSON entity that ends on the family name takes the given name after it; where the
    model tagged neither word, a family name of the census list (models/surnames.tsv, its
    frequent names) and the given name are a PERSON ("Seoul Mayor Oh Se-hoon": "Oh" is read
    as an interjection)."""
    if "-" not in doc.text:
        return doc
    entities = list(doc.ents)
    changed = False
    for n, entity in enumerate(entities):
        after = entity.end
        if entity.label_ == "PERSON" and after < len(doc) and doc[after].ent_type_ == "" \
                and _GIVEN.fullmatch(doc[after].text) and entity[-1].whitespace_:
            entities[n] = Span(doc, entity.start, after + 1, label=entity.label)
            changed = True
    for token in doc[1:]:
        family = doc[token.i - 1]
        if token.ent_type_ == "" and family.ent_type_ == "" and not family.is_stop \
                and family.whitespace_ and _GIVEN.fullmatch(token.text) \
                and _NAME.fullmatch(f"{family.text} {token.text}") \
                and family.lower_ in frequent_surnames():
            entities.append(Span(doc, family.i, token.i + 1, label="PERSON"))
            changed = True
    if changed:
        doc.ents = sorted(entities, key=lambda entity: entity.start)
    return doc

"""Coordinated names that share one plural head noun name things, not people.

English lets two or more names modify one head noun in the plural: "the Fox and Paramount
Theaters", "the Hudson and East Rivers", "Fifth and Madison Avenues". When that head is an
organisation or place word of models/people_cues.tsv in the plural ("Theaters" of "Theater",
"Churches" of "Church"), each name is the name of one such thing: "Fox" names a theatre
here, whatever the model's label. The last member holds the plural itself ("Paramount
Theaters"); the members before it are followed by the coordinator and the last member.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cues import Cues

_COORDINATORS = {"and", "&", "or"}
_MAX_MEMBER_WORDS = 3


def plural_org_word(text: str, cues: Cues) -> bool:
    """ "Theaters", "Churches": the plural of an organisation or place word ("Theater",
    "Church" need not be listed themselves for "-es": only the singular is looked up)."""
    return text[:1].isupper() and text.endswith("s") \
        and (text[:-1] in cues.org_words or (text.endswith("es") and text[:-2] in cues.org_words))


def shares_plural_head(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """Whether the name at tokens start..end ends in such a plural ("Paramount Theaters") or
    is followed, on its line, by a coordinator, one to three capitalised words and such a
    plural ("Fox | and Paramount Theaters")."""
    if plural_org_word(doc[end - 1].text, cues):
        return True
    if end + 1 >= len(doc) or doc[end].lower_ not in _COORDINATORS:
        return False
    i = end + 1
    while i < len(doc) and i - end <= _MAX_MEMBER_WORDS + 1 and doc[i].text[:1].isupper() \
            and "\n" not in doc[i - 1].whitespace_:
        if plural_org_word(doc[i].text, cues):
            return i > end + 1
        i += 1
    return False

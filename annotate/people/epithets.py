"""An epithet after a name is part of it: "Peter the Great", "Pliny the Elder", "William the
Conqueror".

English names a ruler or an ancient by a given name and an epithet of "the" and a capitalised
word, written with no comma ("Alfred the Great"; a comma would set off an apposition, "Ruiz,
the Spanish minister,"). Regnal epithets end the noun phrase: the word after them is no noun
("Peter the Great founded ...", "Catherine the Great's letters").
"""

from __future__ import annotations

from spacy.tokens import Doc

_AFTER_EPITHET = {"NOUN", "PROPN", "ADJ", "NUM"}


def with_epithet(doc: Doc, start: int, end: int) -> int:
    """The end of a name from ``start`` to ``end`` with the epithet after it taken in; ``end``
    itself when none follows."""
    if end + 1 >= len(doc) or end - start > 2 or doc[end].lower_ != "the" \
            or doc[end - 1].whitespace_ != " " or doc[end].whitespace_ != " ":
        return end
    word = doc[end + 1]
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper
            and word.pos_ in ("ADJ", "PROPN", "NOUN") and word.ent_type_ in ("", "PERSON")):
        return end
    if end + 2 < len(doc) and doc[end + 2].pos_ in _AFTER_EPITHET \
            and doc[end + 2].text not in ("'s", "’s"):
        return end
    return end + 2

"""Names listed after a plural title: "Senators Kelly, Ortiz and Lujan", "Presidents Ruiz and
Okafor", "Drs. Ana Ruiz and Tom Hale".

A title in the plural distributes over the coordinated names after it, as one title does over
one name; the model labels such names anything (organisations, places) or nothing. The
plurals are made from the one-word titles of models/titles.tsv by the English plural rules
(+s, y -> ies after a consonant, +es after a sibilant) and, for abbreviations, by writing "s"
before the period ("Sen." -> "Sens.", "Rep." -> "Reps.", "Dr." -> "Drs."). Names are runs of
capitalised words separated by commas and "and"; at least two names make a list.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..resources import read_table
from .spans import MAX_NAME_TOKENS

_LINKS = {",", "and", "&"}


def plural(title: str) -> str:
    """The English plural of a one-word title."""
    if title.endswith("."):
        return title[:-1] + "s."
    if title.endswith("y") and len(title) > 1 and title[-2] not in "aeiou":
        return title[:-1] + "ies"
    if title.endswith(("s", "sh", "ch", "x", "z")):
        return title + "es"
    return title + "s"


@lru_cache(maxsize=4)
def plural_titles(titles_file: str) -> frozenset[str]:
    """The plurals of the capitalised one-word titles of ``titles_file``."""
    return frozenset(plural(row["title"]) for row in read_table(titles_file)
                     if row["title"] and " " not in row["title"] and row["title"][:1].isupper())


def titled_lists(doc: Doc, plurals: frozenset[str],
                 tokens: Sequence[Token] | None = None) -> list[Span]:
    """The names of every list right after a plural title (``tokens``: the doc's, if made)."""
    names: list[Span] = []
    for token in doc if tokens is None else tokens:
        if token.text in plurals:
            found = _names_after(doc, token.i + 1)
            if len(found) >= 2:
                names += found
    return names


def _names_after(doc: Doc, i: int) -> list[Span]:
    found: list[Span] = []
    while i < len(doc):
        start = i
        while i < len(doc) and _name_word(doc[i]) and i - start < MAX_NAME_TOKENS \
                and (i == start or "\n" not in doc[i - 1].whitespace_):
            i += 1
        if i == start:
            break
        found.append(doc[start:i])
        links = i
        while i < len(doc) and doc[i].lower_ in _LINKS:
            i += 1
        if i == links or "and" in (t.lower_ for t in doc[links:i]):
            if i > links:  # after "and" comes the last name
                last = i
                while i < len(doc) and _name_word(doc[i]) and i - last < MAX_NAME_TOKENS:
                    i += 1
                if i > last:
                    found.append(doc[last:i])
            break
    return found


def _name_word(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha

"""Forms of address before a name (models/forms_of_address.tsv): "Herr", "Señora", "Count",
"Uncle". One is stripped from the front of a name that is already a person's (the model's
PERSON entity, or a name another rule of the layer found) and becomes the person's title; it
never finds a person by itself ("Uncle Sam", "Madame Tussauds", "Canon EOS" stay no one).

Forms that are also frequent given names ("Dean", "Earl", "Don", "Marquis") are not listed:
the words of a name cannot tell "Dean Martin" or "Dean Paul Whitaker" from a dean.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..resources import read_table


@lru_cache(maxsize=1)
def forms_of_address() -> frozenset[str]:
    """The forms of address of models/forms_of_address.tsv."""
    return frozenset(row["form"] for row in read_table("forms_of_address.tsv"))


# The most tokens a form takes ("Very Reverend"; "Mx." may be split as "Mx" + ".").
_MAX_FORM_TOKENS = 3


def _name_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text)


def address_end(doc: Doc, start: int, end: int) -> int | None:
    """The token after a form of address that opens the name doc[start:end] and is followed
    inside it by a name; None when no form of address opens it."""
    forms = forms_of_address()
    for after in range(start + 1, min(start + _MAX_FORM_TOKENS, end) + 1):
        if doc[start:after].text not in forms or after >= end:
            continue
        if any("\n" in doc[i].whitespace_ for i in range(start, after)):
            continue
        if not _name_word(doc, after):
            continue
        return after
    return None


def address_before(doc: Doc, start: int, end: int) -> str | None:
    """The form of address written right before the name doc[start:end], which a rule has
    already stripped from it ("Herr | Klaus Weber"), or None."""
    for begin in range(max(start - _MAX_FORM_TOKENS, 0), start):
        if address_end(doc, begin, end) == start:
            return doc[begin:start].text
    return None


def without_address(span: Span) -> Span:
    """A candidate name less a form of address that opens it (the census names the layer takes
    back from the model's things: "Miss Ana Ruiz" as ORG, "Miss" being a census given name)."""
    after = address_end(span.doc, span.start, span.end)
    return span if after is None else span.doc[after:span.end]

"""A figure that numbers a noun ("Flight 1990 from Miami", "Article 1991 of the treaty",
"Proposition 1987 failed") identifies the flight or the article and refers to no time, even
when it looks like a year: no TIMEX3 (TimeML 1.2.1 marks only what refers to a time, and marks
nothing inside a name). The nouns are models/numbering_nouns.tsv. A figure after any other
word ("in 1990", "Fiscal 1990", "the Class of 1990") is left to the other rules, and so is a
capitalised name word the figure hangs on (:mod:`.datenames`, "Windows 2000")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from ..resources import read_column


@cache
def _numbering_nouns() -> frozenset[str]:
    return frozenset(read_column("numbering_nouns.tsv", lower=True))


def is_numbered_noun(span: Span) -> bool:
    """ "Flight 1990", "flight 1990", "Article 1991": the span is a figure (with the noun
    before it, when the model took it in) right after a numbering noun."""
    figure = span[-1]
    if not figure.text.isdigit() or len(span) > 2:
        return False
    noun = span[0] if len(span) == 2 else (
        span.doc[span.start - 1] if span.start > 0 else None)
    return noun is not None and noun.i == figure.i - 1 and noun.pos_ in ("NOUN", "PROPN") \
        and noun.lower_ in _numbering_nouns()  # not the adjective: "the local 1998 vote"

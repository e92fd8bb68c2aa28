"""A counted stretch after "in" in a clause about the future ("The stock will be redeemed in
five years", "The board will meet in two weeks") says when, not how long: it is a point
counted on from the story's date, as "five years from now" is (TimeML/TIMEX3: a DATE; TIDES
2005 likewise values "in three days" of a future event as a point). The stretch is read as
"<stretch> from now"; its span stays the stretch. In a clause about the past ("rose 5% in
five years") or with a vague count ("in a few years") it stays a length."""

from __future__ import annotations

from spacy.tokens import Span

from .timex.words import number, unit_of

_UNITS = {"day", "week", "month", "year", "decade", "century"}


def read_from_now(span: Span, text: str, tense: str) -> str:
    """The text to read the expression as: "five years from now" for "five years" after "in"
    in a future clause; else ``text`` itself."""
    if tense != "future" or span.start == 0 or span.doc[span.start - 1].lower_ != "in":
        return text
    words = text.lower().split()
    if len(words) != 2 or number(words[0]) is None or unit_of(words[1]) not in _UNITS:
        return text
    return f"{text} from now"

"""Span bounds (issue 14): TimeML leaves prepositions out of a TIMEX3, so a length and the date
it lies in, joined by "in" in one entity of the model ("jailed for 10 years in 1990"), are two
expressions, a DURATION and a DATE, as "the first nine months of 1997" already is. A part of
a period placed in another ("earlier in the year") stays one expression.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

SPAN_BOUNDS = [
    ("He was jailed for 10 years in 1990 for his part in the plot.", "2026-04-15", "past",
     ("10 years", "DURATION", "P10Y")),
    ("He was jailed for 10 years in 1990 for his part in the plot.", "2026-04-15", "past",
     ("1990", "DATE", "1990")),
    # guards: a part of a period in another, a stretch and a place
    ("Prices rose sharply earlier in the year.", "2026-04-15", "past",
     ("earlier in the year", "DATE", "2026")),
    ("She spent two years in Paris before the war.", "2026-04-15", "past",
     ("two years", "DURATION", "P2Y")),
    ("The rebels held the town for two weeks in March.", "2026-04-15", "past",
     ("March", "DATE", "2026-03")),
]


@pytest.mark.parametrize(("text", "story_date", "tense", "expected"), SPAN_BOUNDS)
def test_span_bounds(annotate: Annotate, text: str, story_date: str, tense: str,
                     expected: tuple[str, str | None, str | None]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    if expected[1] is None:
        assert all(f[0] != expected[0] for f in found), found
    else:
        assert expected in found, (tense, found)

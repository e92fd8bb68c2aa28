"""A year named by its number before the kind of year it is ("the 1999 fiscal year", "the 2025
school year") or before a sports season ("the 1999 season") is that year, DATE 1999, as
"fiscal 1999" is (TimeML: a DATE names a calendar period; the figure is no count). Before the
fix, the number was read as a count of years (DURATION P1999Y) or the season had no value.

Normaliser rows: (expression, reference date, tense, type, value). Sentence rows: (an
original AP-style sentence, its story date, the (text, type, value) the pipeline must find).
"""

from datetime import date
from typing import Any, Callable

import pytest

from annotate.dates.timex import normalise

Annotate = Callable[..., dict[str, Any]]
SPRING = date(2026, 4, 15)

NORMALISED = [
    ("the 1999 fiscal year", SPRING, "past", "DATE", "1999"),
    ("the 2025 school year", SPRING, "past", "DATE", "2025"),
    ("2026 tax year", SPRING, "future", "DATE", "2026"),
    ("the 1999 season", SPRING, "past", "DATE", "1999"),
    ("2004 season", SPRING, "past", "DATE", "2004"),
    # guards: a count of years stays a duration, a bare fiscal year stays the story's
    ("three years", SPRING, "past", "DURATION", "P3Y"),
    ("fiscal 1999", SPRING, "past", "DATE", "1999"),
]


@pytest.mark.parametrize(("text", "reference", "tense", "kind", "value"), NORMALISED)
def test_year_of_a_kind_is_the_year(text: str, reference: date, tense: str, kind: str,
                                    value: str) -> None:
    timex = normalise(text, reference, None, tense)
    assert (timex.type, timex.value) == (kind, value)


IN_CONTEXT = [
    ("Profit rose in the 1989 fiscal year, which ended Sept. 30.", "2026-04-15",
     ("the 1989 fiscal year", "DATE", "1989")),
    ("The 2025 school year ended in June.", "2026-04-15",
     ("2025 school year", "DATE", "2025")),
    ("Ticket sales rose in the 2025 season.", "2026-04-15",
     ("the 2025 season", "DATE", "2025")),
]


@pytest.mark.parametrize(("text", "story_date", "expected"), IN_CONTEXT)
def test_year_of_a_kind_in_context(annotate: Annotate, text: str, story_date: str,
                                   expected: tuple[str, str, str]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    assert expected in found, found

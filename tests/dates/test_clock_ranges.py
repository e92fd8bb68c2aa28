"""Times of day (issue 14): a range of clock times ("from 9 a.m. to 5 p.m.") is two TIME
expressions, one per end, as TimeML marks a range of dates, not one TIME without a value; a
day named after the range's end ("from 7 a.m. to 8 p.m. Tuesday") is the day of its start too.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) triples the pipeline must find).
"""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

CLOCK_RANGES = [
    ("The store is open from 9 a.m. to 5 p.m.", "2026-04-15", "present",
     [("9 a.m.", "TIME", "2026-04-15T09:00"), ("5 p.m.", "TIME", "2026-04-15T17:00")]),
    ("The talks ran from noon to 3 p.m. Friday.", "2026-04-15", "past",
     [("noon", "TIME", "2026-04-10T12:00"), ("3 p.m. Friday", "TIME", "2026-04-10T15:00")]),
    ("Polls were open from 7 a.m. to 8 p.m. Tuesday.", "2026-04-15", "past",
     [("7 a.m.", "TIME", "2026-04-14T07:00"), ("8 p.m. Tuesday", "TIME", "2026-04-14T20:00")]),
    # guard: each end with its own day keeps it
    ("The talks ran from 9 a.m. Thursday to 3 p.m. Friday.", "2026-04-15", "past",
     [("9 a.m. Thursday", "TIME", "2026-04-09T09:00"),
      ("3 p.m. Friday", "TIME", "2026-04-10T15:00")]),
]


@pytest.mark.parametrize(("text", "story_date", "tense", "expected"), CLOCK_RANGES)
def test_clock_range_is_two_times(annotate: Annotate, text: str, story_date: str, tense: str,
                                  expected: list[tuple[str, str, str]]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    for row in expected:
        assert row in found, (tense, found)

"""Date or duration (issue 14): one stretch given in two units, the larger first ("1 hour 20
minutes", "14 hours and 30 minutes", "three years and six months") is one DURATION whose value
holds both (TimeML/ISO 8601: PT1H20M, P3Y6M), not the first unit alone (PT1H). Weeks, which
ISO 8601 does not mix with other units, are counted in days ("two weeks and three days" P17D).
Counted back or forward ("three years and six months ago") both parts move the date, and the
value is as fine as the smaller unit (2022-10 from April 2026), not the second part alone.

Rows: (expression, reference date, tense, type, value); sentence rows: (an original AP-style
sentence, its story date, the (text, type, value) the pipeline must find).
"""

from datetime import date
from typing import Any, Callable

import pytest

from tests.dates.tables import in_context_test, normaliser_test

Annotate = Callable[..., dict[str, Any]]
SPRING = date(2026, 4, 15)

NORMALISED = [
    ("1 hour 20 minutes", SPRING, "past", "DURATION", "PT1H20M"),
    ("14 hours and 30 minutes", SPRING, "past", "DURATION", "PT14H30M"),
    ("three years and six months", SPRING, "past", "DURATION", "P3Y6M"),
    ("2 hours, 5 minutes", SPRING, "past", "DURATION", "PT2H5M"),
    ("two days and 5 hours", SPRING, "past", "DURATION", "P2DT5H"),
    ("two weeks and three days", SPRING, "past", "DURATION", "P17D"),
    # guards: one unit, a half, and units in the wrong order stay as before
    ("three years", SPRING, "past", "DURATION", "P3Y"),
    ("2 1/2 years", SPRING, "past", "DURATION", "P2Y6M"),
    ("five minutes and two hours", SPRING, "past", "DURATION", "PT5M"),
    # counted from the story or from the last day placed
    ("three years and six months ago", SPRING, "past", "DATE", "2022-10"),
    ("one year and two months ago", SPRING, "past", "DATE", "2025-02"),
    # guards: a half and a single unit stay as before
    ("a year and a half ago", SPRING, "past", "DATE", "2025"),
    ("three years ago", SPRING, "past", "DATE", "2023"),
]


test_compound_duration = normaliser_test(
    [(text, reference, None, tense, kind, value)
     for text, reference, tense, kind, value in NORMALISED])


IN_CONTEXT = [
    ("The flight took 1 hour 20 minutes.", "2026-04-15",
     ("1 hour 20 minutes", "DURATION", "PT1H20M")),
    ("The talks lasted 14 hours and 30 minutes.", "2026-04-15",
     ("14 hours and 30 minutes", "DURATION", "PT14H30M")),
]


test_compound_duration_in_context = in_context_test(IN_CONTEXT, exact=False)


# False hits (issue 14, ages): an age in two units is an age all through, no duration.
AGES = [
    ("The boy was 6 years and 3 months old.", "2026-04-15", "6 years"),
    ("The girl, 2 years and 5 months old, was found safe.", "2026-04-15", "2 years"),
]


@pytest.mark.parametrize(("text", "story_date", "age"), AGES)
def test_age_in_two_units_is_no_time(annotate: Annotate, text: str, story_date: str,
                                     age: str) -> None:
    found = [d["text"] for d in annotate(text, date=story_date)["dates"]]
    assert all(age not in f for f in found), found


# False hits (issue 14, numbers): a figure right before a count of hours ("call 911 24 hours a
# day") is a number of something else; it is no part of the count (before: PT911H).
FIGURES = [
    ("Call 911 24 hours a day.", "2026-04-15", "911"),
    ("Residents can call 311 24 hours a day with complaints.", "2026-04-15", "311"),
]


@pytest.mark.parametrize(("text", "story_date", "figure"), FIGURES)
def test_figure_before_a_count_is_no_part_of_it(annotate: Annotate, text: str, story_date: str,
                                               figure: str) -> None:
    found = [(d["text"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    assert all(figure not in text_ and "911H" not in (value or "") for text_, value in found), \
        found

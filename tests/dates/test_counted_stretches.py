"""Error classes of the second pass on issue 14, one table each: a unit counted from an event,
the week of a holiday, "one day" as "someday", the quarter an earnings story compares (and the
counted stretches they sit beside).

Normaliser tables hold (expression, reference date, tense, type, value); sentence tables hold
(an original AP-style sentence, its story date, the expected (text, type, value)) so that the
span and the tense come from the pipeline itself.
"""

from datetime import date
from typing import Any, Callable

import pytest

from annotate.dates.timex import normalise
from tests.dates.tables import in_context_test, normaliser_test

Annotate = Callable[..., dict[str, Any]]
SPRING = date(2026, 4, 15)  # a Wednesday in April
EARLIER = date(2026, 4, 10)  # the last day the story placed (a Friday)

NORMALISED = [
    # a stretch with a number measures how long: DURATION; a vague one back from now or
    # ahead of it is an unplaced REF (see the header of durations.py)
    ("the past three weeks", SPRING, "past", "DURATION", "P3W"),
    ("the past few weeks", SPRING, "past", "DATE", "PAST_REF"),
    ("the coming days", SPRING, "future", "DATE", "FUTURE_REF"),
    # the week of a holiday: the ISO week it falls in, the one the story is in if any
    ("Easter week", date(2026, 4, 1), "present", "DATE", "2026-W14"),
    ("Christmas week", SPRING, "future", "DATE", "2026-W52"),
    ("Christmas week", SPRING, "past", "DATE", "2025-W52"),
    ("Thanksgiving week", date(2025, 11, 24), "past", "DATE", "2025-W48"),
]


test_expression_is_normalised = normaliser_test(
    [(text, reference, EARLIER, tense, kind, value)
     for text, reference, tense, kind, value in NORMALISED])


def test_holiday_week_without_a_story_date_has_no_value() -> None:
    assert normalise("Easter week", None).value is None


IN_CONTEXT = [
    # a unit counted from an event: from the last date the story placed; span without it
    ("Police detained the driver on March 3. He was freed the day after his arrest.",
     "2026-04-15", ("the day", "DATE", "2026-03-04")),
    ("Voters went to the polls on Sunday, April 12. The week before the vote, rallies drew "
     "thousands.", "2026-04-15", ("The week", "DATE", "2026-W14")),
    # in apposition to a date, it is that date
    ("The boat was last seen March 3, the day before the storm hit.", "2026-04-15",
     ("the day", "DATE", "2026-03-03")),
    # "one day" before an unrealised verb is "someday"
    ("Engineers say the tunnel will one day carry freight.", "2026-04-15",
     ("one day", "DATE", "FUTURE_REF")),
    ("The young mayor hopes to one day lead the party.", "2026-04-15",
     ("one day", "DATE", "FUTURE_REF")),
    # a day's length keeps its reading
    ("The strike lasted one day, the union said.", "2026-04-15",
     ("one day", "DURATION", "P1D")),
    ("The museum closed for one day after the flood.", "2026-04-15",
     ("one day", "DURATION", "P1D")),
    # earnings copy: a quarter that has not ended is not "the latest", and a forecast quarter
    # is not what "the year-ago period" compares with
    ("Acme expects a fourth-quarter charge. Profit fell 9% in the latest quarter.",
     "2026-11-04", ("the latest quarter", "DATE", "2026-Q3")),
    ("Acme earned $4 million in the third quarter. It sees a gain in the third quarter of "
     "2027. In the year-ago period, it lost $1 million.", "2026-10-28",
     ("the year-ago period", "DATE", "2025-Q3")),
    ("Acme earned $4 million in the third quarter, up from $3 million a year ago.",
     "2026-10-28", ("a year ago", "DATE", "2025-Q3")),
    # the holiday week the story is in
    ("Pilgrims filled the old city as Easter week began.", "2026-03-30",
     ("Easter week", "DATE", "2026-W14")),
]


test_expression_is_found_in_context = in_context_test(IN_CONTEXT, exact=False)


NOT_A_DATE = [
    # the noun march, a procession named with "for", "on" or "against"
    ("Thousands joined the annual March for Life downtown.", "March"),
    ("Organizers of the March on Washington spoke at noon.", "March"),
    ("Students held their March against Hunger in the rain.", "March"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_A_DATE)
def test_false_hit_is_not_made(annotate: Annotate, text: str, absent: str) -> None:
    record = annotate(text, date="2026-04-15")
    assert absent not in [d["text"] for d in record["dates"]]


STILL_A_MONTH = [
    ("The minister visited Kyiv in March for talks.", ("March", "DATE", "2026-03")),
    ("The vote was set for March on the island.", ("March", "DATE", "2026-03")),
    ("Prices rose last March for the first time.", ("last March", "DATE", "2026-03")),
]


@pytest.mark.parametrize(("text", "expected"), STILL_A_MONTH)
def test_month_before_for_or_on_stays_a_month(annotate: Annotate, text: str,
                                              expected: tuple[str, str, str]) -> None:
    record = annotate(text, date="2026-04-15")
    assert expected in [(d["text"], d["type"], d["value"]) for d in record["dates"]]

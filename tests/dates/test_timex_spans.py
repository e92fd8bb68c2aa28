"""Spans the model misses or runs together, and the values they then get, in context.

Each case is an AP-style sentence annotated against a Wednesday story date (2026-03-04), with
the expressions expected among its dates as (text, type, value)."""

from typing import Any, Callable

import pytest

from annotate.dates.timex import normalise

Annotate = Callable[..., dict[str, Any]]
STORY_DATE = "2026-03-04"

FOUND = [
    # a weekday the model leaves untagged at the start of a paragraph
    ("“We will decide this week,” the minister said.\n\nLate Monday, officials in Ankara said "
     "the visas had been approved.", ("Late Monday", "DATE", "2026-03-02")),
    ("The envoy spoke to reporters.\n\nEarly Tuesday, the talks resumed in Doha.",
     ("Early Tuesday", "DATE", "2026-03-03")),
    ("“Today, we have our suspect,” the prosecutor told reporters.",
     ("Today", "DATE", "2026-03-04")),
    # a count of months and the year it lies in are two expressions
    ("Employers added 242,000 jobs in the first nine months of 2025.",
     ("the first nine months", "DURATION", "P9M")),
    ("Employers added 242,000 jobs in the first nine months of 2025.", ("2025", "DATE", "2025")),
    ("Profit rose 4% in the first six months of the year.", ("the year", "DATE", "2026")),
    # a calendar date inside a name the model tags as an event
    ("Airlines reported mass cancellations after the Feb. 7 embassy bombings in Nairobi.",
     ("Feb. 7", "DATE", "2026-02-07")),
    # a named day the model tags only in part
    ("Mourners marked Good Friday in Jerusalem's Old City.",
     ("Good Friday", "DATE", "2025-04-18")),
    # a duration the model tags as a number or a quantity, or not at all
    ("The navy may keep its base on the peninsula for at least 20 more years.",
     ("at least 20 more years", "DURATION", "P20Y")),
    ("The boy will stay in the country for two more weeks, a judge ruled.",
     ("two more weeks", "DURATION", "P2W")),
    ("Inspectors began a tour expected to last over a week.",
     ("over a week", "DURATION", "P1W")),
    ("The minister will spend about 5 1/2 hours in Nairobi before flying home.",
     ("about 5 1/2 hours", "DURATION", "PT5H30M")),
    ("The airline returned to profit after several quarters of losses.",
     ("several quarters", "DURATION", "PXQ")),
    # a duration and the day it took place are two expressions
    ("The witness was questioned for more than four hours Tuesday in a Cairo court.",
     ("more than four hours", "DURATION", "PT4H")),
    ("The witness was questioned for more than four hours Tuesday in a Cairo court.",
     ("Tuesday", "DATE", "2026-03-03")),
    # a clock time and the day after its comma are one expression
    ("The offer expires at 5 p.m. EST, March 16.",
     ("5 p.m. EST, March 16", "TIME", "2026-03-16T17:00")),
    # "now" and "today" open a range like any other point
    ("The boy cannot be sent back between now and March 20, the court said.",
     ("now", "DATE", "PRESENT_REF")),
    ("The boy cannot be sent back between now and March 20, the court said.",
     ("March 20", "DATE", "2026-03-20")),
    ("The shares will trade from today through March 27.", ("today", "DATE", "2026-03-04")),
    ("The shares will trade from today through March 27.", ("March 27", "DATE", "2026-03-27")),
    # the article before a month or weekday is not part of the expression
    ("Police reopened the investigation into the Jan. 14 shooting.",
     ("Jan. 14", "DATE", "2026-01-14")),
    # the past perfect two verbs up: the day had already come
    ("The truce had been due to expire Monday evening.",
     ("Monday evening", "TIME", "2026-03-02TEV")),
    # earnings copy: the quarter it reports, and the near term
    ("Net income rose 8% in the fourth quarter. Sales in the latest period were $1.2 billion.",
     ("the latest period", "DATE", "2025-Q4")),
    ("Analysts expect the pressure on margins to ease in the near term.",
     ("the near term", "DATE", "FUTURE_REF")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_expression_is_found_with_its_value(annotate: Annotate, text: str,
                                            expected: tuple[str, str, str]) -> None:
    record = annotate(text, date=STORY_DATE)
    found = [(d["text"], d["type"], d["value"]) for d in record["dates"]]
    assert expected in found


NOT_FOUND = [
    # a rate, a fraction, an age and an idiom are not durations of their own
    ("Qantas flies four times a week to Bombay.", "a week"),
    ("The fund holds more than a quarter of the market.", "a quarter"),
    ("The 136-year-old bank was sold to a rival.", "136-year-old"),
    ("The first day of talks ended without a deal.", "first day"),
    ("He read the story in USA Today on the train.", "Today"),
    ("In the long run, the sanctions will hurt both sides.", "the long run"),
    ("Mourners marked Good Friday in Jerusalem's Old City.", "Friday"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_no_expression_is_made_up(annotate: Annotate, text: str, absent: str) -> None:
    record = annotate(text, date=STORY_DATE)
    assert absent not in [d["text"] for d in record["dates"]]


@pytest.mark.parametrize(("text", "value"), [
    ("several quarters", "PXQ"),
    ("two quarters", "P6M"),
    ("the latest period", "2025-Q4"),
    ("the most recent quarter", "2025-Q4"),
])
def test_quarter_values(text: str, value: str) -> None:
    from datetime import date

    assert normalise(text, date(2026, 3, 4), None, "past").value == value


def test_byline_time_and_date_stay_two_expressions(annotate: Annotate) -> None:
    record = annotate("Talks resume in Geneva\n\nPublished 10:22 AM EST, March 4, 2026\n\n"
                      "GENEVA (AP) — The envoys met Tuesday.")
    found = [(d["text"], d["type"]) for d in record["dates"]]
    assert ("10:22 AM EST", "TIME") in found and ("March 4, 2026", "DATE") in found

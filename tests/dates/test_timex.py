"""Normalising single expressions: (text, tense) against a fixed story date -> (type, value)."""

from datetime import date

import pytest

from annotate.dates.timex import normalise

WEDNESDAY = date(2026, 3, 4)  # the story's publication date in these cases
EARLIER = date(2026, 2, 12)  # the last date the story placed on the calendar

CASES = [
    # weekdays follow the tense of their clause
    ("Monday", "past", "DATE", "2026-03-02"),
    ("Monday", "future", "DATE", "2026-03-09"),
    ("Wednesday", "past", "DATE", "2026-03-04"),
    ("Tuesday evening", "past", "TIME", "2026-03-03TEV"),
    ("Thursday night", "past", "TIME", "2026-02-26TNI"),
    ("a week ago Tuesday", "past", "DATE", "2026-02-24"),
    ("today", "past", "DATE", "2026-03-04"),
    ("yesterday", "past", "DATE", "2026-03-03"),
    ("tomorrow", "future", "DATE", "2026-03-05"),
    ("this morning", "past", "TIME", "2026-03-04TMO"),
    # named periods at their own granularity
    ("last week", "past", "DATE", "2026-W09"),
    ("this week", "past", "DATE", "2026-W10"),
    ("earlier this month", "past", "DATE", "2026-03"),
    ("next month", "future", "DATE", "2026-04"),
    ("later this year", "future", "DATE", "2026"),
    ("last year", "past", "DATE", "2025"),
    ("next year", "future", "DATE", "2027"),
    ("this summer", "future", "DATE", "2026-SU"),
    ("last fall", "past", "DATE", "2025-FA"),
    ("the first quarter", "past", "DATE", "2026-Q1"),
    ("three weeks ago", "past", "DATE", "2026-W07"),
    ("a year ago", "past", "DATE", "2025"),
    # anchored to the previous date in the story, not the publication date
    ("two days later", "past", "DATE", "2026-02-14"),
    ("the next day", "past", "DATE", "2026-02-13"),
    ("twelve days later", "past", "DATE", "2026-02-24"),
    ("the day before", "past", "DATE", "2026-02-11"),
    # AP calendar forms; a missing year is the one the tense points to
    ("Feb. 12", "past", "DATE", "2026-02-12"),
    ("Sept. 16, 2025", "past", "DATE", "2025-09-16"),
    ("Aug. 4", "past", "DATE", "2025-08-04"),
    ("Aug. 4", "future", "DATE", "2026-08-04"),
    ("December", "past", "DATE", "2025-12"),
    ("mid-March", "past", "DATE", "2026-03"),
    ("March 2022", "past", "DATE", "2022-03"),
    ("2022-03-02", "past", "DATE", "2022-03-02"),
    ("3/2/2022", "past", "DATE", "2022-03-02"),
    # a bare year is the year, not a day in it
    ("2019", "past", "DATE", "2019"),
    ("2015", "future", "DATE", "2015"),
    ("the 1990s", "past", "DATE", "199"),
    ("the early 1980s", "past", "DATE", "198"),
    ("the '90s", "past", "DATE", "199"),
    # clock times
    ("9:30 a.m. EST today", "past", "TIME", "2026-03-04T09:30"),
    ("10:22 a.m. EDT Thursday", "future", "TIME", "2026-03-05T10:22"),
    ("noon Friday", "future", "TIME", "2026-03-06T12:00"),
    # durations
    ("three years", "past", "DURATION", "P3Y"),
    ("a roughly hourlong", "past", "DURATION", "PT1H"),
    ("72 hours", "past", "DURATION", "PT72H"),
    ("the past three months", "past", "DURATION", "P3M"),
    ("two weeks", "past", "DURATION", "P2W"),
    ("several years", "past", "DURATION", "PXY"),
    ("a decade", "past", "DURATION", "P10Y"),
    # sets
    ("every week", "past", "SET", "P1W"),
    ("daily", "past", "SET", "P1D"),
    ("each Thursday", "past", "SET", "XXXX-WXX-4"),
    ("every two years", "past", "SET", "P2Y"),
    # the present, past and future as such
    ("now", "past", "DATE", "PRESENT_REF"),
    ("currently", "past", "DATE", "PRESENT_REF"),
    ("recently", "past", "DATE", "PAST_REF"),
    ("the future", "future", "DATE", "FUTURE_REF"),
    ("the coming days", "future", "DATE", "FUTURE_REF"),
    ("the past few months", "past", "DATE", "PAST_REF"),
    ("recent weeks", "past", "DURATION", "PXW"),
    # fractions, spelled-out and modified amounts
    ("2 1/2 years", "past", "DURATION", "P2Y6M"),
    ("an hour and a half", "past", "DURATION", "PT1H30M"),
    ("about three years", "past", "DURATION", "P3Y"),
    ("the six months ended Sept. 30", "past", "DURATION", "P6M"),
    # more AP calendar forms
    ("Feb.", "past", "DATE", "2026-02"),
    ("Dec. 1", "past", "DATE", "2025-12-01"),
    ("Dec. 1", "future", "DATE", "2026-12-01"),
    ("this September", "past", "DATE", "2026-09"),
    ("the third quarter", "past", "DATE", "2025-Q3"),
    ("the quarter ended Sept. 30", "past", "DATE", "2025-Q3"),
    ("early next week", "future", "DATE", "2026-W11"),
    ("a week or so ago", "past", "DATE", "2026-W09"),
    ("year-end", "future", "DATE", "2026"),
    ("the end of the month", "past", "DATE", "2026-03"),
    ("the weekend", "past", "DATE", "2026-W09-WE"),
    ("the weekend", "future", "DATE", "2026-W10-WE"),
    ("later this afternoon", "future", "TIME", "2026-03-04TAF"),
    ("midnight Friday", "future", "TIME", "2026-03-06T24:00"),
    ("the 20th century", "past", "DATE", "19"),
    ("nineteen ninety-seven", "past", "DATE", "1997"),
    ("the year two thousand", "past", "DATE", "2000"),
    # named days
    ("Thanksgiving Day", "past", "DATE", "2025-11-27"),
    ("Christmas", "future", "DATE", "2026-12-25"),
    ("Election Day", "future", "DATE", "2026-11-03"),
    ("the eve of Election Day", "future", "DATE", "2026-11-02"),
    # sets written as plurals, rates and "each"
    ("Tuesday nights", "past", "SET", "XXXX-WXX-2TNI"),
    ("each July", "past", "SET", "XXXX-07"),
    ("per year", "past", "SET", "P1Y"),
    ("a monthslong", "past", "DURATION", "PXM"),
    # vague counts: "a few" is no count at all, "a few days later" places nothing
    ("a few days", "past", "DURATION", "PXD"),
    ("just a few minutes", "past", "DURATION", "PTXM"),
    ("a few years ago", "past", "DATE", "PAST_REF"),
    ("a few days later", "past", "DURATION", "PXD"),
    ("weeks later", "past", "DURATION", "PXW"),
    # spelled-out compound amounts and clock times
    ("the last twenty-four hours", "past", "DURATION", "PT24H"),
    ("more than two thousand years", "past", "DURATION", "P2000Y"),
    ("a hundred years", "past", "DURATION", "P100Y"),
    ("4 in the morning", "past", "TIME", "2026-02-12T04:00"),
    ("10 at night", "past", "TIME", "2026-02-12T22:00"),
    # quarters placed by their last day: a numbered (fiscal) quarter keeps its number
    ("its fourth quarter ended June 30", "past", "DATE", "2025-Q4"),
    ("the fiscal-first quarter ended Sept. 30", "past", "DATE", "2025-Q1"),
    ("the quarter ended July 31", "past", "DATE", "2025-Q2"),
    ("the year-ago quarter", "past", "DATE", "2024-Q4"),
    ("the comparable year-ago period", "past", "DATE", "2024-Q4"),
    # seasons without "this/last/next" follow the tense; with a year they are that year's
    ("the summer", "past", "DATE", "2025-SU"),
    ("the summer", "future", "DATE", "2026-SU"),
    ("the early spring", "future", "DATE", "2026-SP"),
    ("the winter", "past", "DATE", "2025-WI"),
    ("the winter of 1994", "past", "DATE", "1994-WI"),
    ("summer 2019", "past", "DATE", "2019-SU"),
    # halves of a year, and of a decade
    ("the first half of 1990", "past", "DATE", "1990-H1"),
    ("the last half of 2025", "past", "DATE", "2025-H2"),
    ("the first two quarters of 2027", "future", "DATE", "2027-H1"),
    ("the second half", "future", "DATE", "2026-H2"),
    ("the last half of the '80s", "past", "DATE", "198"),
    # decades written out or clipped, and years with "mid-"
    ("the nineties", "past", "DATE", "199"),
    ("the early sixties", "past", "DATE", "196"),
    ("the '20s", "past", "DATE", "202"),
    ("mid-1996", "past", "DATE", "1996"),
    ("the mid-1990s", "past", "DATE", "199"),
    # weeks, mornings and weekdays counted from the day the story last placed
    ("the week of March 9", "future", "DATE", "2026-W11"),
    ("the next morning", "past", "TIME", "2026-02-13TMO"),
    ("the previous night", "past", "TIME", "2026-02-11TNI"),
    ("the previous Friday", "past", "DATE", "2026-02-06"),
    ("the following Monday", "past", "DATE", "2026-02-16"),
]


@pytest.mark.parametrize(("text", "tense", "kind", "value"), CASES)
def test_normalise(text: str, tense: str, kind: str, value: str) -> None:
    timex = normalise(text, WEDNESDAY, EARLIER, tense)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.parametrize("text", ["Monday", "last week", "two days later", "yesterday"])
def test_relative_value_stays_null_without_reference_date(text: str) -> None:
    assert normalise(text, None, None, "past").value is None


@pytest.mark.parametrize(("text", "value"), [("2015", "2015"), ("Sept. 16, 2025", "2025-09-16"),
                                             ("the 1990s", "199"), ("three years", "P3Y")])
def test_absolute_value_filled_without_reference_date(text: str, value: str) -> None:
    assert normalise(text, None, None, "past").value == value


def test_month_day_without_year_or_reference_keeps_unknown_year() -> None:
    assert normalise("Feb. 12", None).value == "XXXX-02-12"


def test_bare_clock_time_is_on_the_day_the_story_last_placed() -> None:
    assert normalise("9:30 a.m. EST", WEDNESDAY, EARLIER).value == "2026-02-12T09:30"
    assert normalise("9:30 a.m. EST", WEDNESDAY, None).value == "2026-03-04T09:30"


def test_a_year_earlier_in_a_quarterly_report_is_the_same_quarter() -> None:
    timex = normalise("a year earlier", WEDNESDAY, None, "past", {"quarter": "2025-Q4"})
    assert (timex.value, timex.anchor) == ("2024-Q4", "mentioned:quarter")
    assert normalise("a year earlier", WEDNESDAY, None, "past").value == "2025"


def test_that_year_is_the_year_the_story_last_named() -> None:
    assert normalise("later that year", WEDNESDAY, None, "past", {"year": "2019"}).value == "2019"
    assert normalise("the quarter", WEDNESDAY, None, "past", {"quarter": "2025-Q4"}).value == "2025-Q4"


def test_the_eve_of_an_event_has_no_calendar_value() -> None:
    assert normalise("the eve of the invasion", WEDNESDAY).value is None


def test_anchor_says_what_a_relative_value_depends_on() -> None:
    assert normalise("Monday", WEDNESDAY).anchor == "reference"
    assert normalise("two days later", WEDNESDAY, EARLIER).anchor == "previous"
    assert normalise("2019", WEDNESDAY).anchor is None


def test_a_spelled_year_is_not_read_as_an_amount() -> None:
    assert normalise("nineteen ninety-four", WEDNESDAY).value == "1994"


def test_the_decade_of_a_clipped_year_is_the_latest_begun() -> None:
    assert normalise("the '80s", date(1989, 10, 26)).value == "198"
    assert normalise("the '90s", date(1989, 10, 26)).value == "199"  # about to begin
    assert normalise("the '90s", WEDNESDAY).value == "199"


def test_that_year_after_a_month_is_the_months_year() -> None:
    timex = normalise("later that year", WEDNESDAY, None, "past", {"year": "1998"})
    assert timex.value == "1998"

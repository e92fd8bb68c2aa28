"""The error classes of unseen news, one table each: the year of a month by the clause's tense,
DATE or DURATION, times of day, sets, year ranges written as one, misses and false hits.

Normaliser tables hold (expression, reference date, tense, type, value); sentence tables hold
(an original AP-style sentence, its story date, the expected (text, type, value)) so that the
span and the tense come from the pipeline itself.
"""

from datetime import date
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.dates.timex import normalise
from tests.dates.tables import in_context_test, normaliser_test

Annotate = Callable[..., dict[str, Any]]
SPRING = date(2026, 4, 15)  # a Wednesday in April
AUTUMN = date(2025, 10, 8)  # a Wednesday in October
EARLIER = date(2026, 4, 10)  # the last day the story placed (a Friday)

NORMALISED = [
    # the year of a month without one: the clause's tense decides
    ("November", SPRING, "past", "DATE", "2025-11"),
    ("last August", SPRING, "past", "DATE", "2025-08"),
    ("May", SPRING, "past", "DATE", "2025-05"),
    ("February", SPRING, "past", "DATE", "2026-02"),
    ("February", SPRING, "future", "DATE", "2027-02"),
    ("June", SPRING, "future", "DATE", "2026-06"),
    ("June", SPRING, "present", "DATE", "2026-06"),
    ("Dec. 1", AUTUMN, "present", "DATE", "2025-12-01"),
    ("Jan. 20", AUTUMN, "future", "DATE", "2026-01-20"),
    ("Jan. 20", AUTUMN, "past", "DATE", "2025-01-20"),
    # DATE or DURATION: what the phrase measures
    ("two weeks earlier", SPRING, "past", "DATE", "2026-W13"),
    ("five years from now", SPRING, "future", "DATE", "2031"),
    ("a month from today", SPRING, "future", "DATE", "2026-05"),
    ("the coming century", SPRING, "future", "DATE", "21"),
    ("three years", SPRING, "past", "DURATION", "P3Y"),
    ("the past few weeks", SPRING, "past", "DATE", "PAST_REF"),
    # times of day: a clock time with a zone and a weekday, a bare one on the last day the
    # story placed; running times
    ("06:00 GMT Tuesday", SPRING, "past", "TIME", "2026-04-14T06:00"),
    ("14:30 local time", SPRING, "past", "TIME", "2026-04-10T14:30"),
    ("0600 GMT", SPRING, "past", "TIME", "2026-04-10T06:00"),
    ("9:30 p.m.", SPRING, "past", "TIME", "2026-04-10T21:30"),
    ("midday", SPRING, "past", "TIME", "2026-04-10T12:00"),
    ("1:58:20", SPRING, "past", "DURATION", "PT1H58M20S"),
    ("3:43.13", SPRING, "past", "DURATION", "PT3M43.13S"),
    ("2:05:00", SPRING, "past", "DURATION", "PT2H5M"),
    # sets (values chosen in the header of annotate/dates/timex/durations.py)
    ("every evening", SPRING, "present", "SET", "XXXX-XX-XXTEV"),
    ("each spring", SPRING, "present", "SET", "XXXX-SP"),
    ("every weekend", SPRING, "present", "SET", "XXXX-WXX-WE"),
    ("every March", SPRING, "present", "SET", "XXXX-03"),
    ("every Tuesday", SPRING, "present", "SET", "XXXX-WXX-2"),
    ("weekly", SPRING, "present", "SET", "P1W"),
    ("yearly", SPRING, "present", "SET", "P1Y"),
    ("every other week", SPRING, "present", "SET", "P2W"),
    ("four times a week", SPRING, "present", "SET", "P1W"),
    ("per night", SPRING, "present", "SET", "P1D"),
    # misses: anchored to the last date the story placed
    ("the day after", SPRING, "past", "DATE", "2026-04-11"),
    ("the week before", SPRING, "past", "DATE", "2026-W14"),
    ("that point", SPRING, "past", "DATE", "2026-04-10"),
    ("this point", SPRING, "past", "DATE", "PRESENT_REF"),
    ("the spring", SPRING, "future", "DATE", "2026-SP"),
    ("the winter", SPRING, "past", "DATE", "2025-WI"),
]


test_expression_is_normalised = normaliser_test(
    [(text, reference, EARLIER, tense, kind, value)
     for text, reference, tense, kind, value in NORMALISED])


def test_that_point_without_an_earlier_date_is_the_past() -> None:
    assert normalise("that point", SPRING, None, "past").value == "PAST_REF"


@pytest.mark.parametrize("text", ["06:00 GMT", "9:30 p.m.", "06:00 GMT Tuesday", "midnight",
                                  "Tuesday", "the day after", "0600 GMT"])
def test_no_date_is_invented_without_a_story_date(text: str) -> None:
    assert normalise(text, None).value is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789: apmGMTUCgmtuesdayFrion.,-")),
               max_size=24))
def test_today_is_never_the_story_date(text: str) -> None:
    """Whatever the text, an undated expression never takes the day the tool runs on."""
    value = normalise(text, None).value or ""
    assert date.today().isoformat() not in value


IN_CONTEXT = [
    # the clause's tense decides the year of a month
    ("The city paid the last of the bill in November, the mayor said.", "2026-04-15",
     ("November", "DATE", "2025-11")),
    ("The council will vote on the budget in February.", "2026-04-15",
     ("February", "DATE", "2027-02")),
    ("The planned visit of the trade minister in September was postponed.", "2026-04-15",
     ("September", "DATE", "2026-09")),
    ("The new line is due to open in June.", "2026-04-15", ("June", "DATE", "2026-06")),
    # a time of day on the day the story set earlier
    ("Police said the fire began on Friday night. Crews arrived at 9:30 p.m.", "2026-04-15",
     ("9:30 p.m.", "TIME", "2026-04-10T21:30")),
    ("The ceasefire took effect at 06:00 GMT Tuesday, officials said.", "2026-04-15",
     ("06:00 GMT Tuesday", "TIME", "2026-04-14T06:00")),
    ("Kiprop won the marathon in 2:05:41, a course record.", "2026-04-15",
     ("2:05:41", "DURATION", "PT2H5M41S")),
    # sets
    ("Volunteers serve soup in the square every evening.", "2026-04-15",
     ("every evening", "SET", "XXXX-XX-XXTEV")),
    ("Farmers along the river plant rice each spring.", "2026-04-15",
     ("each spring", "SET", "XXXX-SP")),
    ("The club's newsletter is published weekly.", "2026-04-15", ("weekly", "SET", "P1W")),
    ("The ferry sails three times a week to the island.", "2026-04-15",
     ("three times a week", "SET", "P1W")),
    ("The deal will save the city $4 million a year.", "2026-04-15", ("a year", "SET", "P1Y")),
    ("Members are paid their dividends annually.", "2026-04-15", ("annually", "SET", "P1Y")),
    # ranges written as one: one expression per year
    ("The 2003-04 season ended in a loss.", "2026-04-15", ("2003", "DATE", "2003")),
    ("The 2003-04 season ended in a loss.", "2026-04-15", ("04", "DATE", "2004")),
    ("Lawmakers passed the 2021-22 budget in June.", "2026-04-15", ("22", "DATE", "2022")),
    # misses
    ("The minister arrived in Kyiv on Monday. Talks began the day after.", "2026-04-15",
     ("the day after", "DATE", "2026-04-14")),
    ("Five years from now, the bridge will carry trains.", "2026-04-15",
     ("Five years from now", "DATE", "2031")),
    ("Rebels seized the airport on March 3. At that point, the army withdrew.", "2026-04-15",
     ("that point", "DATE", "2026-03-03")),
    ("The pass reopens in the spring, rangers said.", "2026-04-15",
     ("the spring", "DATE", "2026-SP")),
    ("Officials said a decision would come soon.", "2026-04-15", ("soon", "DATE", "FUTURE_REF")),
    ("The judge will rule at midday, a spokesman said.", "2026-04-15",
     ("midday", "TIME", "2026-04-15T12:00")),
]


test_expression_is_found_in_context = in_context_test(IN_CONTEXT, exact=False)


NOT_A_DATE = [
    # ages and measures
    ("The toy is sold for children aged 3 months and up.", "3 months"),
    ("The clinic treats patients 2 years and older.", "2 years"),
    # "the day" as an era or an occasion
    ("She wrote about the great issues of the day.", "the day"),
    # figures in a table of scores
    ("Results:\nLyon 2 Nice 1 2019 Lens 3 Metz 0 2020\nMore later.", "2019"),
    # names with a time word in them
    ("The senator spoke on CBS's \"60 Minutes\" about the war.", "60 Minutes"),
    ("The governor told ABC's \"This Week\" that he would run.", "This Week"),
    # a frequency adjective classifies its noun
    ("The board raised its quarterly dividend by a cent.", "quarterly"),
    # a comparative, not a time
    ("The aid will go out as soon as the road opens.", "soon"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_A_DATE)
def test_false_hit_is_not_made(annotate: Annotate, text: str, absent: str) -> None:
    record = annotate(text, date="2026-04-15")
    assert absent not in [d["text"] for d in record["dates"]]


def test_clock_time_in_an_undated_story_has_no_date(annotate: Annotate) -> None:
    record = annotate("Polls closed at 06:00 GMT and the count began at 9:30 p.m.")
    times = [(d["text"], d["type"], d["value"]) for d in record["dates"]]
    assert times == [("06:00 GMT", "TIME", None), ("9:30 p.m.", "TIME", None)]


def test_a_clock_word_glued_to_a_digit_is_read_once() -> None:
    # found by the property test above: "0noon" sent the clock rule back into itself
    assert normalise("0noon", None).value is None

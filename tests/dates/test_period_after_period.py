"""A period said twice across "after" (issue 14): "Year after year", "Week after week" say that
something happens again in each period, a recurrence, which TimeML 1.2.1 marks as a SET with
the period's length (P1Y, P1W), as "every year" is; they had been a DURATION of one period.

Guards: "The day after" counts from the last date placed; "every year" stays a SET.

Rows: (the expression, the story's date, the date last placed, the clause's tense, the TIMEX3
type and value).
"""

from datetime import date

from tests.dates.tables import normaliser_test

DAY = date(2026, 4, 15)

PERIOD_AFTER_PERIOD = [
    ("Year after year", DAY, None, "present", "SET", "P1Y"),
    ("week after week", DAY, None, "past", "SET", "P1W"),
    # guards
    ("the day after", DAY, None, "past", "DATE", "2026-04-16"),
    ("every year", DAY, None, "present", "SET", "P1Y"),
]


test_period_after_period = normaliser_test(PERIOD_AFTER_PERIOD)

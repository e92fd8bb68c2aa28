"""Clock times as broadcast transcripts speak them (issue 14): "four p.m.", "six thirty in the
morning", "ten forty-five p.m." are clock times, TIME with the hour and minute, as "4 p.m."
is (they had been a DATE with no value); a US zone spelled out, "8 p.m. Eastern time", is
read as "8 p.m. EST" is (the time had lost its value).

Guards: clock times in figures, with a zone, a day, or neither.

Rows: (the expression, the story's date, the date last placed, the clause's tense, the TIMEX3
type and value).
"""

from datetime import date

from tests.dates.tables import normaliser_test

DAY = date(2026, 4, 15)

SPOKEN_CLOCK_TIMES = [
    ("four p.m.", DAY, None, "past", "TIME", "2026-04-15T16:00"),
    ("six thirty in the morning", DAY, None, "past", "TIME", "2026-04-15T06:30"),
    ("ten forty-five p.m.", DAY, None, "past", "TIME", "2026-04-15T22:45"),
    ("8 p.m. Eastern time", DAY, None, "past", "TIME", "2026-04-15T20:00"),
    ("eight p.m. Eastern", DAY, None, "past", "TIME", "2026-04-15T20:00"),
    # guards
    ("4 p.m.", DAY, None, "past", "TIME", "2026-04-15T16:00"),
    ("5 p.m. EST, Nov. 6", DAY, None, "past", "TIME", "2025-11-06T17:00"),
    ("8 p.m. Eastern Tuesday", DAY, None, "past", "TIME", "2026-04-14T20:00"),
    ("two thousand", DAY, None, "past", "DATE", "2000"),
]


test_spoken_clock_times = normaliser_test(SPOKEN_CLOCK_TIMES)

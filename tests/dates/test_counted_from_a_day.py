"""A stretch counted forward from a named day (issue 14): "a week from Monday" is one TIMEX3
DATE, that Monday plus a week, as "a week from today" is today plus a week; not a DURATION
(P1W) and a separate DATE. Only a day after "from" (a weekday, or a month with its day); a
range ("from Monday to Saturday") and a year ("from 1990") are left as they were.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find).
"""

from tests.dates.tables import tensed_test

COUNTED = [
    # Wednesday 2026-04-15: the coming Monday is 04-20, a week on 04-27
    ("The hearing will be held a week from Monday.", "2026-04-15", "future",
     ("a week from Monday", "DATE", "2026-04-27")),
    ("The council will vote two days from Friday.", "2026-04-15", "future",
     ("two days from Friday", "DATE", "2026-04-19")),
    # guards: from today, a range of days, a stretch alone
    ("The plant will close a year from today.", "2026-04-15", "future",
     ("a year from today", "DATE", "2027")),
    ("She worked six days from Monday to Saturday.", "2026-04-15", "past",
     ("six days", "DURATION", "P6D")),
    ("The hearing lasted a week.", "2026-04-15", "past",
     ("a week", "DURATION", "P1W")),
]


test_counted_from_a_day = tensed_test(COUNTED)

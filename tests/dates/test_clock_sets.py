"""A clock time before a set recurs: "9:30 every day" is a SET (TimeML 1.2.1), read as the set
after the clock time (P1D), as "every day at 9 a.m." already was (issue 14, held-out classes:
times of day and sets). It had been a DURATION of 30 days. Guard: a clock time on a day
stays a TIME.

Rows: (an original AP-style sentence, its story date, the expected (text, type, value), or a
list of them; type None where nothing may be found at that text).
"""

from datetime import date

from tests.dates.tables import in_context_test, normaliser_test

CLOCK_SETS = [
    ("The bus leaves at 9:30 every day.", "2026-12-03", ("9:30 every day", "SET", "P1D")),
    ("Prayers are held at noon each Friday.", "2026-12-03",
     ("noon each Friday", "SET", "XXXX-WXX-5")),
    # guards
    ("The polls open at 7 a.m. Tuesday.", "2026-12-03",
     ("7 a.m. Tuesday", "TIME", "2026-12-08T07:00")),
]

REF = date(2026, 12, 3)
CLOCK_SET_READINGS = [
    ("9 a.m. every day", REF, None, "present", "SET", "P1D"),
    ("5 p.m. every Sunday", REF, None, "present", "SET", "XXXX-WXX-7"),
]


test_clock_sets = in_context_test(CLOCK_SETS, exact=False)
test_clock_set_readings = normaliser_test(CLOCK_SET_READINGS)

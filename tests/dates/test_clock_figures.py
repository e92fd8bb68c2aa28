"""Clock times missed or mistyped (issue 14, times of day on held-out copy): a 24-hour time in
four figures with a zone ("2200 GMT") was not found; "nine o'clock" was dropped as a phrase
with no time word; a bare "9:30", "half past nine" or "nine o'clock" was typed DATE. TimeML
1.2.1 types whatever names a time of the day as TIME; with no half of the day named, no value
is given. A day right after a four-figure time places it, as for "5 p.m. Friday". Guards: a
number of money and a time with "a.m." keep their readings.

Rows: (an original AP-style sentence, its story date, the expected (text, type, value), or a
list of them; type None where nothing may be found at that text).
"""

from tests.dates.tables import in_context_test

CLOCK_FIGURES = [
    ("The ship sailed at 0630 GMT, the navy said.", "2026-12-03",
     ("0630 GMT", "TIME", "2026-12-03T06:30")),
    ("The rocket lifted off at 2200 GMT Tuesday.", "2026-12-03",
     ("2200 GMT", "TIME", "2026-12-01T22:00")),
    ("The council met at nine o'clock, the mayor said.", "2026-12-03",
     ("nine o'clock", "TIME", None)),
    ("He arrived at half past nine.", "2026-12-03", ("half past nine", "TIME", None)),
    ("The store opens at 9:30 on weekdays.", "2026-12-03", ("9:30", "TIME", None)),
    # guards
    ("Revenue rose to $2200 million last year.", "2026-12-03", ("2200", None, None)),
    ("The vote was held at 10 a.m. Friday.", "2026-12-03",
     ("10 a.m. Friday", "TIME", "2026-11-27T10:00")),
]


test_clock_figures = in_context_test(CLOCK_FIGURES, exact=False)

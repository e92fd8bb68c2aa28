"""Set phrases built on a time word that refer to no time (issue 14; annotate/dates/formulas.py):
- a wish, "Have a good weekend", "Have a nice day" (a broadcast sign-off), as the greeting
  "Good evening" already is;
- a mixed number of a price read out, "up two and three quarters", with no unit after it.

Guards: a told weekend ("We had a good weekend"), "I have a busy day tomorrow", and spelled
lengths with a fraction ("two and a half years").

Rows: (an original sentence, its story date, every (text, type, value) the pipeline must find,
in order).
"""

from tests.dates.tables import in_context_test

FORMULAS = [
    ("I'm Peter Jennings. Have a good weekend.", "2026-04-17", []),
    ("Have a nice day.", "2026-04-17", []),
    ("Shares of IBM were up two and three quarters at one hundred ten.", "2026-04-17", []),
    # guards
    ("We had a good weekend at the box office.", "2026-04-17",
     [("a good weekend", "DATE", None)]),
    ("The talks lasted two and a half years.", "2026-04-17",
     [("two and a half years", "DURATION", "P2Y6M")]),
    ("The talks lasted two and a half hours.", "2026-04-17",
     [("two and a half hours", "DURATION", "PT2H30M")]),
]


test_formulas = in_context_test(FORMULAS)

"""A unit and a half is a length of time (issue 14, held-out misses): "a year and a half" and
"an hour and a half" were taken for a mixed number read out as a stock price ("up two and a
half") and dropped. TIMEX3 (TimeML 1.2.1 guidelines) writes a DURATION as an ISO 8601
duration; the half goes to the next smaller unit where it is whole (P1Y6M, PT1H30M). Guards:
a mixed number with no unit stays out.

Rows: (an original AP-style sentence, its story date, the expected (text, type, value), or a
list of them; type None where nothing may be found at that text).
"""

from tests.dates.tables import in_context_test

AND_A_HALF = [
    ("The project will take a year and a half to finish, officials said.", "2026-12-03",
     ("a year and a half", "DURATION", "P1Y6M")),
    ("The meeting lasted an hour and a half on Tuesday.", "2026-12-03",
     ("an hour and a half", "DURATION", "PT1H30M")),
    ("Repairs took a week and a half, the agency said.", "2026-12-03",
     ("a week and a half", "DURATION", "P1.5W")),
    # guards
    ("Shares of the company closed up one and a half.", "2026-12-03",
     ("one and a half", None, None)),
    ("The strike lasted two and a half years.", "2026-12-03",
     ("two and a half years", "DURATION", "P2Y6M")),
]


test_and_a_half = in_context_test(AND_A_HALF, exact=False)

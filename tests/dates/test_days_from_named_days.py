"""A day counted from a named day is one DATE, the day it places (issue 14, held-out misses;
TimeML 1.2.1 anchored expressions): "the day after Christmas" had been a one-day DURATION
(P1D). Where the model tags the named day apart ("the day" and "Thanksgiving"), the two stay
apart, as TimeML's signal "after" between them allows. Guards: a day counted from an event keeps its old reading, and the relative rules keep
"the day after tomorrow".

Rows: (an original AP-style sentence, its story date, the expected (text, type, value), or a
list of them; type None where nothing may be found at that text).
"""

from tests.dates.tables import in_context_test

DAYS_FROM_NAMED_DAYS = [
    ("The store reopened the day after Christmas.", "2026-12-30",
     ("the day after Christmas", "DATE", "2026-12-26")),
    ("Stocks fell sharply the day before Christmas.", "2026-12-30",
     ("the day before Christmas", "DATE", "2026-12-24")),
    # guards
    ("The talks will resume the day after tomorrow.", "2026-12-03",
     ("the day after tomorrow", "DATE", "2026-12-05")),
    ("Fireworks lit the sky on Christmas Eve.", "2026-12-30",
     ("Christmas Eve", "DATE", "2026-12-24")),
]


test_days_from_named_days = in_context_test(DAYS_FROM_NAMED_DAYS, exact=False)

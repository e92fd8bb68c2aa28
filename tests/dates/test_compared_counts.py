"""A count of what is compared, right before the time it is compared with (issue 14): in "up
from seven a year ago" or "from 32 two years ago", "seven" and "32" count plants or branches;
the TIMEX3 is "a year ago" or "two years ago" alone, as TimeML's extent holds only the words of
the time. The model tags the figure with the time.

Guards: a count that is the time's own ("twenty four hours", "1 1/2 years", "two and a half
years").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

COMPARED_COUNTS = [
    ("The company has 13 plants, up from seven a year ago.", "2026-04-15",
     [("a year ago", "DATE", "2025")]),
    ("The bank had 40 branches, up from 32 two years ago.", "2026-04-15",
     [("two years ago", "DATE", "2024")]),
    ("Unemployment fell to 5 percent from 6 a year ago.", "2026-04-15",
     [("a year ago", "DATE", "2025")]),
    # guards
    ("The strike lasted twenty four hours.", "2026-04-15",
     [("twenty four hours", "DURATION", "PT24H")]),
    ("He served 1 1/2 years in prison.", "2026-04-15", [("1 1/2 years", "DURATION", "P1Y6M")]),
    ("The talks lasted two and a half years.", "2026-04-15",
     [("two and a half years", "DURATION", "P2Y6M")]),
]


test_compared_counts = in_context_test(COMPARED_COUNTS)

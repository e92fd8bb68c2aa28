"""A count of quarters (issue 14, date or duration). "the first three quarters" measures nine
months of the year, a DURATION (P9M), as "the first nine months" does; the ordinal had been
read as the number of one quarter (DATE 1998-Q1). "the first two quarters" stays the half it
names (H1), and one ordinal quarter stays that quarter.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

COUNTED_QUARTERS = [
    ("GDP grew 7.6 percent in the first three quarters.", "1998-11-18",
     [("the first three quarters", "DURATION", "P9M")]),
    # guards
    ("Sales fell in the first two quarters.", "1998-11-18",
     [("the first two quarters", "DATE", "1998-H1")]),
    ("Profit rose in the first quarter.", "1998-11-18", [("the first quarter", "DATE", "1998-Q1")]),
]


test_counted_quarters = in_context_test(COUNTED_QUARTERS)

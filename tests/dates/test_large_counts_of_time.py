"""Counts of time written with a thousands comma, and counts that reach before year 1 (issue 14,
durations; robustness). "1,500 days" is one figure, P1500D: it had been read as 1 and 500
(P500D), and "1,000 years" as P1Y. "5000 years ago" falls before the first year ISO 8601
writes: it is a DATE with no value and a warning, as a date past 9999 is, where it had failed
the whole story with an error; "12,000 years ago" had been the year 2000 (the 000 read as a
count of none), and "1,200 years ago" too; it is 0800.

Guards: a date with a comma before its year stays that date; a count with no comma stays as
it was.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

LARGE_COUNTS_OF_TIME = [
    ("The siege lasted 1,000 days.", "2000-04-12",
     [("1,000 days", "DURATION", "P1000D")]),
    ("The monks kept the manuscript for 1,500 years.", "2000-04-12",
     [("1,500 years", "DURATION", "P1500Y")]),
    ("The town was founded 5000 years ago, and it was rebuilt on Tuesday.", "2000-04-12",
     [("5000 years ago", "DATE", None), ("Tuesday", "DATE", "2000-04-11")]),
    ("The cave was first settled 12,000 years ago.", "2000-04-12",
     [("12,000 years ago", "DATE", None)]),
    ("The abbey was built 1,200 years ago.", "2000-04-12",
     [("1,200 years ago", "DATE", "0800")]),
    # guards
    ("The treaty was signed on Oct. 1, 1995.", "2000-04-12",
     [("Oct. 1, 1995", "DATE", "1995-10-01")]),
    ("The siege lasted 100 days.", "2000-04-12",
     [("100 days", "DURATION", "P100D")]),
]


test_large_counts_of_time = in_context_test(LARGE_COUNTS_OF_TIME)

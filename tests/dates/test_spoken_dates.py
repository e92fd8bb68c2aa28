"""Dates spoken in broadcast transcripts (issue 14), where numbers are written as words:
- "March twenty-first": the hyphen inside a spelled number is no range, so the date is one
  expression (it had been split into "March twenty", the month, and "first", read as the
  first of the story's month);
- "January the eighth": the article between the month and its spelled day is read through,
  as "January eighth" is (it had given the month alone).

Guards: a range of years written with a hyphen ("from 1990-1995") is still split, and a
spelled count of units stays a length.

Rows: (an original sentence of a broadcast transcript, its story date, every (text, type,
value) the pipeline must find, in order).
"""

from tests.dates.tables import in_context_test

SPOKEN_DATES = [
    ("The vote is set for March twenty-first.", "2026-02-10",
     [("March twenty-first", "DATE", "2026-03-21")]),
    ("The talks resume January the eighth.", "2026-01-05",
     [("January the eighth", "DATE", "2026-01-08")]),
    # guards
    ("The plant closed from 1990-1995.", "2026-02-10",
     [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    ("The strike lasted twenty-one days.", "2026-02-10",
     [("twenty-one days", "DURATION", "P21D")]),
    ("The talks resume on January eighth.", "2026-01-05",
     [("January eighth", "DATE", "2026-01-08")]),
]


test_spoken_dates = in_context_test(SPOKEN_DATES)

"""Quantities that are not times (issue 14): TimeML 1.2.1 marks times, lengths of time and
recurrences, so a figure or unit that measures something else is no TIMEX3.

- A year-like figure that counts the plural noun right after it, a noun of things counted out
  (models/counted_nouns.tsv) or of people (models/person_nouns.tsv): "rose 1999 points",
  "won 1998 votes", "arrested 1995 suspects".
- "light years": a distance.

Guards: a year before a noun of what belongs to it ("the 1990 budget", "1990 levels", "its
1999 sales", "fiscal 1989"), a year after "in", and years of time elsewhere in the sentence.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

QUANTITIES = [
    ("The index rose 1999 points in the session.", "2026-04-15", []),
    ("The candidate won 1998 votes in the district.", "2026-04-15", []),
    ("Police arrested 1995 suspects in the sweep.", "2026-04-15", []),
    ("The village of 1800 residents was flooded.", "2026-04-15", []),
    ("The company sold 1990 cars in May.", "2026-06-15", [("May", "DATE", "2026-05")]),
    ("The star is 50 light years from Earth.", "2026-04-15", []),
    # guards
    ("The 1990 budget was approved.", "2026-04-15", [("1990", "DATE", "1990")]),
    ("Prices returned to 1990 levels.", "2026-04-15", [("1990", "DATE", "1990")]),
    ("The company's 1999 sales rose.", "2026-04-15", [("1999", "DATE", "1999")]),
    ("Fiscal 1989 sales rose.", "2026-04-15", [("Fiscal 1989", "DATE", "1989")]),
    ("In 1990 sales rose 5 percent.", "2026-04-15", [("1990", "DATE", "1990")]),
    ("The 1998 elections were peaceful.", "2026-04-15", [("1998", "DATE", "1998")]),
]


test_quantities = in_context_test(QUANTITIES)

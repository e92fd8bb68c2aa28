"""A unit the layer finds as a rate after a plural noun ("500 jobs a year") is no rate when "and
a half" follows: "cut 500 jobs a year and a half ago" holds the length "a year and a half",
placed by "ago" (issue 14, false hits: it had been SET P1Y). The whole is one expression, read
as the model's own "a year and a half ago" is (the value pinned here is that reading's).

Guards: rates joined by "and" ("300 cars a day and 2,000 trucks a year") and "a half dozen"
after a rate stay rates; the model's own tag is unchanged.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

RATES_AND_A_HALF = [
    ("The company cut 500 jobs a year and a half ago.", "2000-04-05",
     [("a year and a half ago", "DATE", "1999")]),
    ("The company added 300 jobs a month and a half later.", "2000-04-05",
     [("a month and a half later", "DATE", "2000-05")]),
    # guards
    ("The plant closed a year and a half ago.", "2000-04-05",
     [("a year and a half ago", "DATE", "1999")]),
    ("The factory makes 300 cars a day and 2,000 trucks a year.", "2000-04-05",
     [("a day", "SET", "P1D"), ("a year", "SET", "P1Y")]),
    ("Agents conducted dozens of interviews a day and a half dozen raids a week.", "2000-04-05",
     [("a day", "SET", "P1D"), ("a week", "SET", "P1W")]),
]


test_rates_and_a_half = in_context_test(RATES_AND_A_HALF)

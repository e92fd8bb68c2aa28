"""One length in two units that the model tags as two entities is one expression (issue 14,
false hits: the second part was a DURATION of its own, where TimeML marks one). "two years and
three months" is P2Y3M, as "14 hours and 30 minutes" tagged whole already was, and "three
years and six months ago" is one date counted back by both parts.

Guards: units in two clauses ("He got two years and she got three months") or with other
words between ("in two years and 3% in six months") stay apart.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

COMPOUND_LENGTHS = [
    ("He served two years and three months in prison.", "2000-04-05",
     [("two years and three months", "DURATION", "P2Y3M")]),
    ("She spent three years and six months in exile.", "2000-04-05",
     [("three years and six months", "DURATION", "P3Y6M")]),
    ("The siege lasted two months and 10 days.", "2000-04-05",
     [("two months and 10 days", "DURATION", "P2M10D")]),
    ("He left the country three years and six months ago.", "2000-04-05",
     [("three years and six months ago", "DATE", "1996-10")]),
    # guards
    ("He got two years and she got three months.", "2000-04-05",
     [("two years", "DURATION", "P2Y"), ("three months", "DURATION", "P3M")]),
    ("Sales rose 5% in two years and 3% in six months.", "2000-04-05",
     [("two years", "DURATION", "P2Y"), ("six months", "DURATION", "P6M")]),
    ("The talks lasted 14 hours and 30 minutes.", "2000-04-05",
     [("14 hours and 30 minutes", "DURATION", "PT14H30M")]),
]


test_compound_lengths_tagged_apart = in_context_test(COMPOUND_LENGTHS)

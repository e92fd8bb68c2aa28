"""A figure that numbers a noun is no time expression (issue 14, false hits: numbers that are
no times). "Flight 1990", "Article 1991", "Proposition 1987" identify a flight, a part of a
treaty or a ballot measure (models/numbering_nouns.tsv); TimeML 1.2.1 marks only what refers
to a time and nothing inside a name.

Guards: a year after a preposition or a dating word ("in 1990", "Fiscal 1990"), a year before
the noun ("the 1990 flight"), the adjective "local" before a year, and "the Class of 1990".

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

NUMBERED_NOUNS = [
    ("Flight 1990 from Miami was canceled on Tuesday.", "2000-04-05",
     [("Tuesday", "DATE", "2000-04-04")]),
    ("Passengers on flight 1990 were stranded.", "2000-04-05", []),
    ("Voters rejected Proposition 1987 at the polls.", "2000-04-05", []),
    ("Article 1991 of the treaty was amended.", "2000-04-05", []),
    # guards
    ("The airline added the flight in 1990.", "2000-04-05", [("1990", "DATE", "1990")]),
    ("Fiscal 1990 sales rose.", "2000-04-05", [("Fiscal 1990", "DATE", "1990")]),
    ("The 1998 flight was the last one.", "2000-04-05", [("1998", "DATE", "1998")]),
    ("The Class of 1990 held a reunion.", "2000-04-05", [("1990", "DATE", "1990")]),
]


test_numbered_nouns = in_context_test(NUMBERED_NOUNS)

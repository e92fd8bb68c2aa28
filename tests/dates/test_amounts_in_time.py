"""A length of time that measures out an amount of pay or of goods (issue 14): "six months of
base pay", "a year's salary", "two months' rent", "three months of imports", "a 90-day supply
of oil". The amount is what the story means; TimeML 1.2.1 marks no TIMEX3 for a quantity that
is not a time (the bare "year" of "a year's salary" had been read as this year).

Guards: lengths of events and periods ("two weeks of talks", "six months of fighting", "two
weeks' notice") and a length before a clause that mentions pay.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

AMOUNTS_IN_TIME = [
    ("Workers will get a bonus equal to six months of base pay.", "2026-04-15", []),
    ("The executive received a year's salary as severance.", "2026-04-15", []),
    ("Reserves cover three months of imports.", "2026-04-15", []),
    ("The country holds a 90-day supply of oil.", "2026-04-15", []),
    ("He was ordered to pay two months' rent.", "2026-04-15", []),
    # guards
    ("The two sides held two weeks of talks.", "2026-04-15", [("two weeks", "DURATION", "P2W")]),
    ("The city endured six months of fighting.", "2026-04-15",
     [("six months", "DURATION", "P6M")]),
    ("Workers must give two weeks' notice.", "2026-04-15", [("two weeks", "DURATION", "P2W")]),
    ("Sales fell two years after the company cut pay.", "2026-04-15",
     [("two years", "DURATION", "P2Y")]),
]


test_amounts_in_time = in_context_test(AMOUNTS_IN_TIME)

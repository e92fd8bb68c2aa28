"""Ranges of ages are no time expressions (issue 14, false hits: ages and measures, "children
aged 3 months and up"). An age word before "between" or "from" ("aged between 18 and 25
years", "range in age from 2 months to 4 years"), a range counted from birth ("from birth to 3
years") and the plural noun of an age ("18- to 25-year-olds") give ages, as "aged 3 months"
and "a 44-year-old" already did.

Guards: the same ranges without an age word ("sentences ranged between six months and five
years") stay lengths of time.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

AGE_RANGES = [
    ("Men aged between 18 and 25 years must register.", "2000-04-05", []),
    ("The children range in age from 2 months to 4 years.", "2000-04-05", []),
    ("The program serves children from birth to 3 years.", "2000-04-05", []),
    ("The poll surveyed 18- to 25-year-olds across the state.", "2000-04-05", []),
    # guards
    ("Sentences ranged between six months and five years.", "2000-04-05",
     [("six months", "DURATION", "P6M"), ("five years", "DURATION", "P5Y")]),
    ("The drug is approved for children 12 years and older.", "2000-04-05", []),
    ("The patient had been in a coma for three weeks.", "2000-04-05",
     [("three weeks", "DURATION", "P3W")]),
]


test_age_ranges = in_context_test(AGE_RANGES)

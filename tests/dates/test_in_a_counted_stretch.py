"""A counted stretch after "in" in a clause about the future says when, not how long (issue 14,
date or duration). "The bonds will be redeemed in five years" in a 1989 story is 1994, a DATE
counted on from the story's date, as "five years from now" is (TIMEX3 reads what the phrase
measures: here a point; TIDES 2005 values "in three days" of a future event as a point). It
had been DURATION P5Y.

Guards: in a clause about the past the stretch stays a length ("rose 5% in five years"); a
vague count stays a length ("in a few weeks"); "within" measures a length; hours stay a length.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

IN_A_COUNTED_STRETCH = [
    ("The bonds would be redeemed in five years.", "1989-10-30",
     [("five years", "DATE", "1994")]),
    ("The board will meet again in two weeks.", "1989-10-30",
     [("two weeks", "DATE", "1989-W46")]),
    ("The first payment will be due in 30 days.", "1989-10-30",
     [("30 days", "DATE", "1989-11-29")]),
    # guards
    ("Sales rose 5% in five years.", "1989-10-30",
     [("five years", "DURATION", "P5Y")]),
    ("The board will meet again in a few weeks.", "1989-10-30",
     [("a few weeks", "DURATION", "PXW")]),
    ("The board will meet again within two weeks.", "1989-10-30",
     [("two weeks", "DURATION", "P2W")]),
    ("The polls will close in two hours.", "1989-10-30",
     [("two hours", "DURATION", "PT2H")]),
]


test_in_a_counted_stretch = in_context_test(IN_A_COUNTED_STRETCH)

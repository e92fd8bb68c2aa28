""""no later than Friday", "not later than March 1": a deadline, as "by Friday" is (issue 14, the
week of a weekday and the year of a month by the clause). A deadline is set ahead of the story,
so "The family must respond no later than Friday" in a Wednesday story is the coming Friday;
it had been the past Friday ("must" marks no future of its own), and "Elections must be held
no later than March" in April was last March.

Guards: what was done no later than a day, told in the simple past, keeps the past, as "by
Friday" does ("The troops withdrew by Friday"); "later than" without "no" is a comparison.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

NO_LATER_THAN = [
    ("The family must respond no later than Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("Elections must be held no later than March.", "2000-04-12",
     [("March", "DATE", "2001-03")]),
    ("The relatives were told to respond not later than Friday.", "2000-04-12",
     [("later than Friday", "DATE", "2000-04-14")]),
    # guards
    ("The troops withdrew no later than Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The report came out later than Friday.", "2000-04-12",
     [("later than Friday", "DATE", "2000-04-07")]),
]


test_no_later_than = in_context_test(NO_LATER_THAN)

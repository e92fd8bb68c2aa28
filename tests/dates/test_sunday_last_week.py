""""last week" in a story of a Sunday (issue 14, weeks). A Sunday closes its ISO week (Monday
to Sunday), and news's week is the working week, Monday to Friday: written on a Sunday, "last
week" is the week just ended, the ISO week that holds the Sunday, not the one before it.

Guards: a Monday's and a Saturday's "last week" are the ISO week before theirs; a Sunday's
"next week" is the week that begins the next day.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order). 1998-03-22 is a Sunday, in ISO week 12.
"""

from tests.dates.tables import in_context_test

SUNDAY_LAST_WEEK = [
    ("The senator met the president last week.", "1998-03-22",
     [("last week", "DATE", "1998-W12")]),
    # guards
    ("The senator met the president last week.", "1998-03-23",
     [("last week", "DATE", "1998-W12")]),
    ("The senator met the president last week.", "1998-03-21",
     [("last week", "DATE", "1998-W11")]),
    ("The senator will meet the president next week.", "1998-03-22",
     [("next week", "DATE", "1998-W13")]),
]


test_sunday_last_week = in_context_test(SUNDAY_LAST_WEEK)

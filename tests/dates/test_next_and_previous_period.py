""""the next year", "the previous year" told of the past after a period the story named (issue
14, anchors). TimeML anchors such a phrase on the time just named: "He arrived in 1995. The
next year, he moved" is 1996, "In 1995, sales rose from the previous year" 1994, "in May 1995
... the next month" 1995-06, as "the following year" and "the prior year" already were. They
had been counted from the story's date (2001, 1999).

Guards: in a future clause "the next year" still counts from the story ("will close over the
next year"); with no period named, "the previous year" is the year before the story; "the
next day" keeps counting from the last day placed.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

NEXT_AND_PREVIOUS_PERIOD = [
    ("He arrived in 1995. The next year, he moved to Boston.", "2000-04-05",
     [("1995", "DATE", "1995"), ("The next year", "DATE", "1996")]),
    ("He was elected in 1992 and re-elected the next year.", "2000-04-05",
     [("1992", "DATE", "1992"), ("the next year", "DATE", "1993")]),
    ("In 1995, sales rose 10 percent from the previous year.", "2000-04-05",
     [("1995", "DATE", "1995"), ("the previous year", "DATE", "1994")]),
    ("He arrived in May 1995. The next month, he moved to Boston.", "2000-04-05",
     [("May 1995", "DATE", "1995-05"), ("The next month", "DATE", "1995-06")]),
    # guards
    ("The plant opened in 1995. It will close over the next year.", "2000-04-05",
     [("1995", "DATE", "1995"), ("the next year", "DATE", "2001")]),
    ("Sales rose 10 percent from the previous year.", "2000-04-05",
     [("the previous year", "DATE", "1999")]),
    ("He arrived on Monday. The next day, he left.", "2000-04-05",
     [("Monday", "DATE", "2000-04-03"), ("The next day", "DATE", "2000-04-04")]),
]


test_next_and_previous_period = in_context_test(NEXT_AND_PREVIOUS_PERIOD)

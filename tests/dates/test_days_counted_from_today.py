"""Days counted twice from the story's day, and kinds of day (issue 14, anchors). "the day
after tomorrow" is two days on (it had been read as "tomorrow", one), "the day before
yesterday" two days back. "the previous trading day", "the next business day" are the day
before or after the day the story last placed, as "the previous day" is (they had been a
length, DURATION P1D).

Guards: "tomorrow" alone; "one trading day" stays a length.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order). 1998-11-18 is a Wednesday.
"""

from tests.dates.tables import in_context_test

DAYS_COUNTED_FROM_TODAY = [
    ("The talks will continue the day after tomorrow.", "1998-11-18",
     [("the day after tomorrow", "DATE", "1998-11-20")]),
    ("The attack came the day before yesterday.", "1998-11-18",
     [("the day before yesterday", "DATE", "1998-11-16")]),
    ("The index closed at 1,200 points on Tuesday, up from 1,180 on the previous trading day.",
     "1998-11-18", [("Tuesday", "DATE", "1998-11-17"),
                    ("the previous trading day", "DATE", "1998-11-16")]),
    ("The bank will pay on the next business day.", "1998-11-18",
     [("the next business day", "DATE", "1998-11-19")]),
    # guards
    ("The talks continue tomorrow.", "1998-11-18", [("tomorrow", "DATE", "1998-11-19")]),
    ("Trading was halted for one trading day.", "1998-11-18",
     [("one trading day", "DURATION", "P1D")]),
]


test_days_counted_from_today = in_context_test(DAYS_COUNTED_FROM_TODAY)

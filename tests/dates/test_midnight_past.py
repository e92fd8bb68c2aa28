""""at midnight" told of the past with no day placed (issue 14, times of day). TIMEX3 writes
midnight as T24:00 of the day it ends, so the midnight a past clause reports on the story's own
day is the one that opened that day: T24:00 of the day before ("The curfew began at midnight"
in a Wednesday story is Tuesday's T24:00). It had been the coming midnight, at the end of the
story's day, which a past event cannot have reached.

Guards: a present or future clause keeps the coming midnight; a midnight on a named day or
after a day the story placed stays on that day; noon and clock times stay on the story's day.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

MIDNIGHT_PAST = [
    ("The curfew began at midnight.", "2000-04-12",
     [("midnight", "TIME", "2000-04-11T24:00")]),
    ("The truce took effect at midnight, the army said.", "2000-04-12",
     [("midnight", "TIME", "2000-04-11T24:00")]),
    ("Police said the fire broke out shortly after midnight.", "2000-04-12",
     [("midnight", "TIME", "2000-04-11T24:00")]),
    # guards
    ("The curfew begins at midnight.", "2000-04-12",
     [("midnight", "TIME", "2000-04-12T24:00")]),
    ("The curfew will begin at midnight.", "2000-04-12",
     [("midnight", "TIME", "2000-04-12T24:00")]),
    ("The offer expired at midnight Friday.", "2000-04-12",
     [("midnight Friday", "TIME", "2000-04-07T24:00")]),
    ("The rebels attacked on Monday. The shelling stopped at midnight.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10"), ("midnight", "TIME", "2000-04-10T24:00")]),
    ("The polls closed at noon.", "2000-04-12",
     [("noon", "TIME", "2000-04-12T12:00")]),
]


test_midnight_past = in_context_test(MIDNIGHT_PAST)

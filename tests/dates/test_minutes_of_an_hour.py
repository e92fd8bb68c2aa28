"""A clock time told by the minutes past or to an hour (issue 14, times of day): "a quarter to
one p.m." is 12:45 p.m., "half past nine in the morning" 9:30 a.m., as wire copy writes them.
"a quarter" had been read as a count of quarters (three months), and the hour as a number.
With no half of the day named, the time keeps no value, as "9:30" alone does.

Guards: a range of counts ("five to ten years") and a minute of an unnamed hour ("five past the
hour") keep their readings.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

MINUTES_OF_AN_HOUR = [
    ("The meeting ends at a quarter to one p.m.", "2000-04-20",
     [("a quarter to one p.m.", "TIME", "2000-04-20T12:45")]),
    ("The store opens at a quarter to ten.", "2000-04-20", [("a quarter to ten", "DATE", None)]),
    # guards
    ("He was sentenced to five to ten years.", "2000-04-20",
     [("five to ten years", "DURATION", "P10Y")]),
    ("The station airs the news at five past the hour.", "2000-04-20",
     [("five past the hour", "TIME", "2000-04-20TXX:05")]),
]


test_minutes_of_an_hour = in_context_test(MINUTES_OF_AN_HOUR)

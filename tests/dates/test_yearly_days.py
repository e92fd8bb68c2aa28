"""A day of the calendar each year (issue 14, sets). "every May 1", "each Dec. 25" recur on that
day: TIMEX3 SET XXXX-05-01, as "every Sunday" is XXXX-WXX-7. The day had been dropped
(XXXX-05, every day of May).

Guard: "each May" stays the month.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

YEARLY_DAYS = [
    ("The rally is held every May 1.", "2000-04-05", [("every May 1", "SET", "XXXX-05-01")]),
    ("Workers march each Dec. 25.", "2000-04-05", [("each Dec. 25", "SET", "XXXX-12-25")]),
    # guard
    ("The rally is held each May.", "2000-04-05", [("each May", "SET", "XXXX-05")]),
]


test_yearly_days = in_context_test(YEARLY_DAYS)

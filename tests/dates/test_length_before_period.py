"""A length written as a compound before a noun of time (issue 14): in "a three-year period",
"the six-month period", "a two-week span" the noun is the head of the time expression, so the
TIMEX3 runs over the whole noun phrase, as "the 1989 period" already does. The model tags the
compound alone.

Guards: a compound before a noun that is no time ("a 48-hour deadline", "a 10-year term")
stays the compound; the date that closes a period is its own expression.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

LENGTH_BEFORE_PERIOD = [
    ("The fraud took place over a three-year period.", "2026-04-15",
     [("a three-year period", "DURATION", "P3Y")]),
    ("Sales rose 5 percent in the six-month period.", "2026-04-15",
     [("the six-month period", "DURATION", "P6M")]),
    ("Prices doubled in a two-week span.", "2026-04-15",
     [("a two-week span", "DURATION", "P2W")]),
    ("Net income rose in the 12-month period ended Sept. 30.", "2026-11-15",
     [("the 12-month period", "DURATION", "P12M"), ("Sept. 30", "DATE", "2026-09-30")]),
    # guards
    ("The rebels set a 48-hour deadline.", "2026-04-15", [("48-hour", "DURATION", "PT48H")]),
    ("The loans fall due over a 10-year term.", "2026-04-15", [("10-year", "DURATION", "P10Y")]),
    ("Profit fell in the 1989 period.", "2026-04-15", [("the 1989 period", "DATE", "1989")]),
]


test_length_before_period = in_context_test(LENGTH_BEFORE_PERIOD)

"""An order and a count before a noun that is no unit of time count things or events, not a
time (issue 14, TimeML): "in the past two sessions" names no time, where the model tags "the
past" and the layer read it as PAST_REF. Guards: the same words before a unit ("the past
three trading days", "the next 12 to 18 months", "the past two quarters") and "the past" alone
stay time expressions.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

COUNTED_THINGS = [
    ("Shares fell 12% in the past two sessions.", "2026-04-15", "past", ("the past", None, None)),
    ("Stocks have dropped 8% in the past three sessions.", "2026-04-15", "past",
     ("the past", None, None)),
    # guards
    ("Prices rose in the past three trading days.", "2026-04-15", "past",
     ("the past three trading days", "DURATION", "P3D")),
    ("The firm plans to hire 500 people over the next 12 to 18 months.", "2026-04-15", "future",
     ("the next 12 to 18 months", "DURATION", "P18M")),
    ("Sales fell in the past two quarters.", "2026-04-15", "past",
     ("the past two quarters", "DURATION", "P6M")),
    ("In the past, the city flooded often.", "2026-04-15", "past",
     ("the past", "DATE", "PAST_REF")),
]


test_counted_things = tensed_test(COUNTED_THINGS)

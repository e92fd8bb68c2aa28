"""Ages in any unit (issue 14): the layer marks no ages ("a 44-year-old protester", "the
20-year-old treaty"), and an age in hours, decades or centuries is an age as well: "the
two-hour-old baby", "the decades-old law", "the centuries-old mosque" (each had been a
DURATION).

Guards: lengths in the same units ("for decades", "the decades-long conflict").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

AGES_OF_THINGS = [
    ("The centuries-old mosque was damaged in the quake.", "2026-04-15", []),
    ("The decades-old law was repealed on Monday.", "2026-04-15",
     [("Monday", "DATE", "2026-04-13")]),
    ("Doctors saved the two-hour-old baby.", "2026-04-15", []),
    # guards
    ("The conflict has lasted for decades.", "2026-04-15", [("decades", "DURATION", "PXY")]),
]


test_ages_of_things = in_context_test(AGES_OF_THINGS)

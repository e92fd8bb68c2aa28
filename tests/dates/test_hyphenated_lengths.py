"""A noun after a hyphenated length is what the length modifies, no part of the time (issue 14,
TimeML extent): "ran a four-minute mile" holds "four-minute", as "a 10-minute walk" does.
Guards: a time noun after the length stays ("a 12-month period" is read whole elsewhere), and
a length with nothing after it is unchanged.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

HYPHENATED_LENGTHS = [
    ("The coach ran a four-minute mile in college.", "2026-04-15", "past",
     ("four-minute", "DURATION", "PT4M")),
    ("The coach ran a four-minute mile in college.", "2026-04-15", "past",
     ("four-minute mile", None, None)),
    ("She ran a 4-minute mile at the county meet.", "2026-04-15", "past",
     ("4-minute", "DURATION", "PT4M")),
    # guards
    ("The school is a 10-minute walk from the station.", "2026-04-15", "present",
     ("10-minute", "DURATION", "PT10M")),
    ("The union signed a three-year contract with the city.", "2026-04-15", "past",
     ("three-year", "DURATION", "P3Y")),
]


test_hyphenated_lengths = tensed_test(HYPHENATED_LENGTHS)

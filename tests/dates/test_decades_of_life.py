"""Ages (issue 14): a decade after a possessive ("a man in his 60s", "both in their late 50s",
"now in his seventies") is a person's age, not a decade of the calendar, and the layer marks
no ages (as "a 44-year-old" and "aged 3 months" already are not). A decade of the calendar
("the 1970s", "the '60s") stays a DATE.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

DECADES_OF_LIFE = [
    ("The man, in his 60s, was arrested at the border.", "2026-04-15", "past",
     ("his 60s", None, None)),
    ("Both suspects are in their late 50s.", "2026-04-15", "present",
     ("their late 50s", None, None)),
    ("The singer, now in his seventies, still tours the South.", "2026-04-15", "present",
     ("his seventies", None, None)),
    # guards: decades of the calendar
    ("Prices rose sharply in the 1970s.", "2026-04-15", "past", ("the 1970s", "DATE", "197")),
    ("The city grew in the 1960s and '70s.", "2026-04-15", "past", ("the 1960s", "DATE", "196")),
]


test_decade_of_life = tensed_test(DECADES_OF_LIFE)

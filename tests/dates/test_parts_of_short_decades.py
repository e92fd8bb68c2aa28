"""A part of a decade written with two digits (issue 14): "the late 80s", "the early '90s",
"the mid-90s" are that decade (198, 199), as "the late 1980s" and "the 80s" already were; the
part of the decade leaves the value as it is (TimeML puts it in the mod). They had no value.

Rows: (the expression, the story's date, the date last placed, the clause's tense, the TIMEX3
type and value).
"""

from datetime import date

from tests.dates.tables import normaliser_test

DAY = date(2026, 4, 15)

PARTS_OF_SHORT_DECADES = [
    ("the late 80s", DAY, None, "past", "DATE", "198"),
    ("the early '90s", DAY, None, "past", "DATE", "199"),
    ("the mid-90s", DAY, None, "past", "DATE", "199"),
    # guards
    ("the 80s", DAY, None, "past", "DATE", "198"),
    ("the late 1980s", DAY, None, "past", "DATE", "198"),
    ("the 1990s", DAY, None, "past", "DATE", "199"),
]


test_parts_of_short_decades = normaliser_test(PARTS_OF_SHORT_DECADES)

"""Days of the month (issue 14): a day spelled as an ordinal next to its month ("the Fourth
of July", "July Fourth", "the first of March", "the twenty-first of March") is that day, as "the
4th of July" and "July 4th" already are, not the month alone. A noun the date modifies ("the
Fourth of July parade") is no part of the expression (TimeML: the TIMEX3 covers the time
expression; an event noun it modifies is left out). An ordinal that counts weeks or months
("the first two weeks of March") names no day.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

SPELLED_DAYS = [
    ("He was born on the Fourth of July.", "2026-04-15", "past",
     ("the Fourth of July", "DATE", "2025-07-04")),
    ("Fireworks lit the sky over the river on July Fourth.", "2026-04-15", "past",
     ("July Fourth", "DATE", "2025-07-04")),
    ("The first of March was the coldest day of the winter.", "2026-04-15", "past",
     ("The first of March", "DATE", "2026-03-01")),
    ("The vote is set for the twenty-first of March.", "2026-04-15", "future",
     ("the twenty-first of March", "DATE", "2027-03-21")),
    # guards: a count of weeks, a time noun after the date, a digit ordinal
    ("The first two weeks of March were cold.", "2026-04-15", "past",
     ("March", "DATE", "2026-03")),
    ("The July 4 holiday weekend was quiet on the roads.", "2026-04-15", "past",
     ("July 4 holiday weekend", "DATE", "2025-07-04")),
    ("The strike began on the 4th of July.", "2026-04-15", "past",
     ("the 4th of July", "DATE", "2025-07-04")),
]


test_spelled_day_of_month = tensed_test(SPELLED_DAYS)

"""Points read as lengths (issue 14), by the TimeML 1.2.1 / TIMEX3 guidelines:
- "the top of the hour" is minute 00 of an hour left open, a TIME (TXX:00) on the day the story
  last placed, as "five past the hour" is minute 05; not a stretch of one hour (PT1H).
- "the turn of the century" is a DATE, the point where one century gives way to the next:
  written as the year the hundreds change in (2000), the round hundred nearest the story's
  date. Not a stretch of 100 years.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find).
"""

from tests.dates.tables import tensed_test

POINTS = [
    ("The station airs a news bulletin at the top of the hour.", "2026-04-15", "present",
     ("the top of the hour", "TIME", "2026-04-15TXX:00")),
    ("The mill closed around the turn of the century.", "2026-04-15", "past",
     ("the turn of the century", "DATE", "2000")),
    ("The city expects to finish the bridge by the turn of the century.", "1998-04-15", "future",
     ("the turn of the century", "DATE", "2000")),
    # guards: a minute past an open hour, a century named by its ordinal, an hour's length
    ("The bells ring at five past the hour.", "2026-04-15", "present",
     ("five past the hour", "TIME", "2026-04-15TXX:05")),
    ("The church was built in the 19th century.", "2026-04-15", "past",
     ("the 19th century", "DATE", "18")),
    ("The meeting lasted an hour.", "2026-04-15", "past",
     ("an hour", "DURATION", "PT1H")),
]


test_point_is_no_length = tensed_test(POINTS)

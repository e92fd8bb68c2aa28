"""Vague readings (issue 14), by the TimeML 1.2.1 / TIMEX3 guidelines:
- "in those days": the demonstrative of distance points at a vague past era, TimeML's past
  reference (DATE PAST_REF), not a counted stretch of days (DURATION PXD).
- "every few years": a recurrence whose period has a count left open is a SET, as "every three
  years" (P3Y) is, with X for the count (PXY), not a vague DURATION.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find).
"""

from tests.dates.tables import tensed_test

READINGS = [
    ("In those days, the town had two banks and a rail depot.", "2026-04-15", "past",
     ("those days", "DATE", "PAST_REF")),
    ("The board meets every few years to review the rules.", "2026-04-15", "present",
     ("every few years", "SET", "PXY")),
    ("Inspectors visit the plant every few weeks.", "2026-04-15", "present",
     ("every few weeks", "SET", "PXW")),
    # guards: a counted recurrence, a vague stretch, the present's "these days"
    ("The board meets every three years to review the rules.", "2026-04-15", "present",
     ("every three years", "SET", "P3Y")),
    ("The talks could take a few years.", "2026-04-15", "future",
     ("a few years", "DURATION", "PXY")),
    ("These days, the town has one bank.", "2026-04-15", "present",
     ("These days", "DATE", "PRESENT_REF")),
]


test_vague_reading = tensed_test(READINGS)

"""Span bounds (issue 14): TimeML leaves prepositions out of a TIMEX3, so a length and the date
it lies in, joined by "in" in one entity of the model ("jailed for 10 years in 1990"), are two
expressions, a DURATION and a DATE, as "the first nine months of 1997" already is. A part of
a period placed in another ("earlier in the year") stays one expression. A finite verb the
model put at the start of an entity is no part of it, and "day and night" (the two halves of
the day joined: "all the time", as "around the clock") names no day and no night.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

SPAN_BOUNDS = [
    ("He was jailed for 10 years in 1990 for his part in the plot.", "2026-04-15", "past",
     ("10 years", "DURATION", "P10Y")),
    ("He was jailed for 10 years in 1990 for his part in the plot.", "2026-04-15", "past",
     ("1990", "DATE", "1990")),
    ("Crews worked day and night to clear the road.", "2026-04-15", "past",
     ("worked day", None, None)),
    # guards: "day and night" once the verb is out, a part of a period in another, a stretch
    # and a place, participles, day or night alone
    ("Crews worked day and night to clear the road.", "2026-04-15", "past",
     ("day", None, None)),
    ("The guns fired night and day at the city.", "2026-04-15", "past", ("night", None, None)),
    ("Prices rose sharply earlier in the year.", "2026-04-15", "past",
     ("earlier in the year", "DATE", "2026")),
    ("She spent two years in Paris before the war.", "2026-04-15", "past",
     ("two years", "DURATION", "P2Y")),
    ("The rebels held the town for two weeks in March.", "2026-04-15", "past",
     ("March", "DATE", "2026-03")),
    ("The Fed may cut rates in coming weeks.", "2026-04-15", "future",
     ("coming weeks", "DATE", "FUTURE_REF")),
    ("The strike began on a Monday and ended at night.", "2026-04-15", "past",
     ("Monday", "DATE", "2026-04-13")),
]


test_span_bounds = tensed_test(SPAN_BOUNDS)

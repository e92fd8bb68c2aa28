"""Sets (issue 14): a rate counted vaguely ("several times a day", "a few times a year", "many
times a year") is a SET over its period, as "four times a day" already is (TIMEX3: the period
it repeats over, P1D), not a DURATION of "times a day".

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

VAGUE_RATES = [
    ("Trains run several times a day between the two cities.", "2026-04-15", "present",
     ("several times a day", "SET", "P1D")),
    ("He calls his mother a few times a year.", "2026-04-15", "present",
     ("a few times a year", "SET", "P1Y")),
    ("The board meets many times a year in Geneva.", "2026-04-15", "present",
     ("many times a year", "SET", "P1Y")),
    # guards: a counted rate, an amount per period
    ("The pills are taken four times a day.", "2026-04-15", "present",
     ("four times a day", "SET", "P1D")),
    ("The cuts will save the city $40 million a year.", "2026-04-15", "future",
     ("a year", "SET", "P1Y")),
]


test_vague_rate_is_a_set = tensed_test(VAGUE_RATES)

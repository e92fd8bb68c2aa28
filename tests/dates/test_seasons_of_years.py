"""Seasons (issue 14): "the spring of last year", "the summer of that year" name a season of
the year the phrase after "of" names (TIMEX3 value YYYY-SP, -SU, -FA, -WI), as "the fall of 1999"
already does; not the year alone (2025) nor a length of a year (P1Y).

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

SEASONS_OF_YEARS = [
    ("The plant opened in the spring of last year.", "2026-04-15", "past",
     ("the spring of last year", "DATE", "2025-SP")),
    ("The talks began in the autumn of last year.", "2026-04-15", "past",
     ("the autumn of last year", "DATE", "2025-FA")),
    ("The war began in 1991. It ended in the summer of that year.", "2026-04-15", "past",
     ("the summer of that year", "DATE", "1991-SU")),
    ("The plant will open in the spring of next year.", "2026-04-15", "future",
     ("the spring of next year", "DATE", "2027-SP")),
    # guards: a season with its year in figures, a season alone
    ("Prices rose in the winter of 1998.", "2026-04-15", "past",
     ("the winter of 1998", "DATE", "1998-WI")),
    ("Rains came early last summer.", "2026-04-15", "past",
     ("early last summer", "DATE", "2025-SU")),
]


test_season_of_a_year = tensed_test(SEASONS_OF_YEARS)

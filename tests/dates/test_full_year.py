""""full-year" before the noun of a result (issue 14): "full-year results", "full-year profit"
are the results of the whole year reported, as "for the full year" is; TimeML types a period
named, not measured, as a DATE (the year), as it does "first-quarter profit" (a quarter). The
compound had been read as a length, DURATION P1Y.

Guards: "a full year" measures a length; "the full year" was already the year.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

FULL_YEAR = [
    ("The company expects full-year profit to rise.", "2026-11-15",
     [("full-year", "DATE", "2026")]),
    ("Full-year sales fell 3 percent, the company said.", "2026-11-15",
     [("Full-year", "DATE", "2026")]),
    # guards
    ("Sales for the full year rose 5 percent.", "2026-11-15", [("the full year", "DATE", "2026")]),
    ("The strike lasted a full year.", "2026-11-15", [("a full year", "DURATION", "P1Y")]),
]


test_full_year = in_context_test(FULL_YEAR)

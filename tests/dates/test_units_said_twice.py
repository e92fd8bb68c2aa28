"""A unit said twice across "on", "over", "to" or "by" (issue 14): "year-on-year",
"month-to-month", "from year to year", "year by year" name the basis of a comparison, or a
change with each period; TimeML 1.2.1 marks no TIMEX3 for them, since no one year is referred
to (the bare "year" had been read as this year) and no length is measured.

Guards: "a year earlier", "the year to June", recurrences left to the other rules ("every
year").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

UNITS_SAID_TWICE = [
    ("Prices fell 2 percent on a year-on-year basis.", "2026-04-15", []),
    ("Earnings vary from year to year.", "2026-04-15", []),
    ("The rules change from month to month.", "2026-04-15", []),
    ("The tenants rent month-to-month.", "2026-04-15", []),
    ("Sales grew year by year.", "2026-04-15", []),
    ("The bank's year-to-year comparison was weak.", "2026-04-15", []),
    ("The talks dragged on week to week.", "2026-04-15", []),
    # guards
    ("China's exports rose 8 percent year-on-year in May.", "2026-06-15",
     [("May", "DATE", "2026-05")]),
    ("Retail sales fell 1 percent from a year earlier.", "2026-04-15",
     [("a year earlier", "DATE", "2025")]),
    ("Sales rose in the year to June.", "2026-08-15", [("the year to June", "DATE", "2026-06")]),
    ("The festival is held every year in Rome.", "2026-04-15", [("every year", "SET", "P1Y")]),
]


test_units_said_twice = in_context_test(UNITS_SAID_TWICE)

"""Decades that are ranges of numbers (issue 14): AP writes a temperature or a price range as
"the low 20s", "the upper 80s", "temperatures in the 90s". Such a range measures no time, so
TimeML 1.2.1 marks no TIMEX3. The cue is "low", "lower", "upper", "high" or "higher" before a
two-digit decade (the calendar's decades are early, mid or late), or a temperature, a high, a
low or a reading that the decade is said of.

Guards: decades of the calendar, with or without a century, and "Prices fell in the 90s",
whose clause does not say it is a price range.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

RANGES_OF_NUMBERS = [
    ("Temperatures reached the 90s in Phoenix.", "2026-07-15", []),
    ("Highs will be in the upper 80s on Friday.", "2026-07-15", [("Friday", "DATE", "2026-07-17")]),
    ("The stock traded in the low 20s.", "2026-07-15", []),
    ("Temperatures in the 90s are expected through the weekend.", "2026-07-15",
     [("the weekend", "DATE", "2026-W29-WE")]),
    # guards
    ("Prices rose in the 1970s.", "2026-07-15", [("the 1970s", "DATE", "197")]),
    ("The band was popular in the '80s.", "2026-07-15", [("the '80s", "DATE", "198")]),
    ("Prices fell sharply in the 90s.", "2026-07-15", [("the 90s", "DATE", "199")]),
    ("Interest rates were high in the 80s.", "2026-07-15", [("80s", "DATE", "198")]),
]


test_ranges_of_numbers = in_context_test(RANGES_OF_NUMBERS)

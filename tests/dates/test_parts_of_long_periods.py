"""A part of a decade or century (issue 14, date or duration): "the end of the century", "the
start of the decade", "the middle of the century" name a point in the period the story is
in, a DATE written as that period (TIMEX3 adds mod END, START or MID, which this layer does
not write), as "the end of the year" is this year. They had been read as the bare unit, a
length: DURATION P100Y, P10Y.

Guards: a stretch measured stays a DURATION ("over the past decade", "for a century"); "the
end of the year" was already the year.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

PARTS_OF_LONG_PERIODS = [
    ("The reactor will be shut down before the end of the century.", "1998-03-11",
     [("the end of the century", "DATE", "19")]),
    ("The agency will close at the end of the decade.", "1998-03-11",
     [("the end of the decade", "DATE", "199")]),
    ("The program began at the start of the decade.", "2026-03-11",
     [("the start of the decade", "DATE", "202")]),
    ("The bridge was built in the middle of the century.", "1998-03-11",
     [("the middle of the century", "DATE", "19")]),
    # guards
    ("Prices have doubled over the past decade.", "1998-03-11",
     [("the past decade", "DURATION", "P10Y")]),
    ("The family has farmed the land for a century.", "1998-03-11",
     [("a century", "DURATION", "P100Y")]),
    ("The plant will close at the end of the year.", "1998-03-11",
     [("the end of the year", "DATE", "1998")]),
]


test_parts_of_long_periods = in_context_test(PARTS_OF_LONG_PERIODS)

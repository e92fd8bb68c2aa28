""""fiscal year 1999" and "the 1999-2000 fiscal year" name a year (issue 14, date or duration;
ranges written as one token). TimeML values a fiscal year by its year, as the layer already
did "fiscal 1999" and "the 1999 fiscal year" (1999). "fiscal year 1999" had been read as the
bare unit (DURATION P1Y) and "the 1999-2000 fiscal year" as a count of 2000 years (P2000Y).
A fiscal year across two calendar years is named by the year it ends in, as "fiscal 2000" is;
a school year across two has no one calendar value, and stays a DATE without one.

Guards: "the fiscal year" alone keeps the reading of a period the story is in; a count of
years is still a length; a range of two years that are not one year apart is left as it was.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

FISCAL_YEAR_NAMES = [
    ("The agency spent $4 billion in fiscal year 1999.", "2000-04-12",
     [("fiscal year 1999", "DATE", "1999")]),
    ("The agency spent $4 billion in the fiscal year 1999.", "2000-04-12",
     [("the fiscal year 1999", "DATE", "1999")]),
    ("In the 1999-2000 fiscal year, the agency spent $4 billion.", "2000-04-12",
     [("1999-2000 fiscal year", "DATE", "2000")]),
    ("Enrollment will rise in the 2000-2001 school year.", "2000-04-12",
     [("2000-2001 school year", "DATE", None)]),
    # guards
    ("The agency spent $4 billion in fiscal 1999.", "2000-04-12",
     [("fiscal 1999", "DATE", "1999")]),
    ("The agency spent $4 billion in the 1999 fiscal year.", "2000-04-12",
     [("the 1999 fiscal year", "DATE", "1999")]),
    ("The agency will spend $4 billion in the fiscal year.", "2000-04-12",
     [("the fiscal year", "DATE", "2000")]),
    ("The agency spent $4 billion over three years.", "2000-04-12",
     [("three years", "DURATION", "P3Y")]),
]


test_fiscal_year_names = in_context_test(FISCAL_YEAR_NAMES)

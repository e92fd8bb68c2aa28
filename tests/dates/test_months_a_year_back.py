"""Monthly figures compared with a year before (issue 14, anchors). "Exports rose in February
from a year earlier", "the same month last year": TimeML anchors the comparison on the time
just named, so it is that month a year back (1997-02), as "a year earlier" after a reported
quarter is that quarter a year back. It had been the year (1997). The month must be named in
the same sentence, or the phrase must be headed by "month".

Guards: a month named in an earlier sentence, or a range of months ("from January to October"),
leaves "a year earlier" and "the same period last year" the year; a quarter
reported keeps its reading; "a year later" after a year counts from that year.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

MONTHS_A_YEAR_BACK = [
    ("Exports rose 5 percent in February from a year earlier.", "1998-03-11",
     [("February", "DATE", "1998-02"), ("a year earlier", "DATE", "1997-02")]),
    ("Inflation fell to 3 percent last month from 4 percent a year ago.", "1998-03-11",
     [("last month", "DATE", "1998-02"), ("a year ago", "DATE", "1997-02")]),
    ("Exports in February rose 5 percent compared with the same month last year.", "1998-03-11",
     [("February", "DATE", "1998-02"), ("the same month last year", "DATE", "1997-02")]),
    # guards
    ("Exports rose in February. Imports fell 2 percent from a year earlier.", "1998-03-11",
     [("February", "DATE", "1998-02"), ("a year earlier", "DATE", "1997")]),
    ("Output rose 8 percent from January to October from a year earlier.", "1998-11-18",
     [("January", "DATE", "1998-01"), ("October", "DATE", "1998-10"),
      ("a year earlier", "DATE", "1997")]),
    ("Output rose from January to October, compared with the same period last year.",
     "1998-11-18", [("January", "DATE", "1998-01"), ("October", "DATE", "1998-10"),
                    ("the same period last year", "DATE", "1997")]),
    ("Profit rose in the third quarter from a year earlier.", "1998-11-11",
     [("the third quarter", "DATE", "1998-Q3"), ("a year earlier", "DATE", "1997-Q3")]),
    ("The plant closed in 1996. It reopened a year later.", "1998-03-11",
     [("1996", "DATE", "1996"), ("a year later", "DATE", "1997")]),
]


test_months_a_year_back = in_context_test(MONTHS_A_YEAR_BACK)

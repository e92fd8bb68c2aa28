"""Quarters of a fiscal year (issue 14, values). A story that numbers a quarter by its fiscal
year ("the fiscal first quarter", "fiscal second-quarter profit") reports that quarter; the
quarter it then names without a number, "the quarter ended Sept. 29", is the same one, and
TimeML values a fiscal quarter by its fiscal number (TimeML 1.2.1 guidelines; the layer's
own rule for "its fourth quarter ended June 30"), not by the calendar quarter of its last
day. What refers back to it ("the quarter", "the 1988 period", "the latest period", "a year
earlier") follows, and a fiscal quarter is not judged unreported by the calendar ("the
fiscal fourth quarter" reported in November has ended).

Guards: a quarter numbered without "fiscal" leaves "the quarter ended Sept. 30" the calendar
quarter; a calendar quarter named after the fiscal one ends its reading.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

FISCAL_QUARTERS = [
    ("Acme Corp. said it earned $3 million in the fiscal first quarter. Revenue for the quarter "
     "ended Sept. 29 rose 12%. In the 1988 period, the company lost $1 million.", "1989-10-26",
     [("the fiscal first quarter", "DATE", "1989-Q1"), ("the quarter", "DATE", "1989-Q1"),
      ("Sept. 29", "DATE", "1989-09-29"), ("the 1988 period", "DATE", "1988-Q1")]),
    ("Acme Corp. said its fiscal second-quarter profit fell. Sales rose in the quarter ended "
     "Sept. 30. The latest period included a gain of $1 million.", "1989-10-26",
     [("fiscal second-quarter", "DATE", "1989-Q2"), ("the quarter", "DATE", "1989-Q2"),
      ("Sept. 30", "DATE", "1989-09-30"), ("The latest period", "DATE", "1989-Q2")]),
    ("Acme Corp. reported a 20% drop in fiscal fourth-quarter profit. Sales in the latest "
     "period were $2 billion.", "1989-11-02",
     [("fiscal fourth-quarter", "DATE", "1989-Q4"), ("the latest period", "DATE", "1989-Q4")]),
    # guards
    ("Acme Corp. reported a loss in the first quarter. Profit rose in the quarter ended "
     "Sept. 30.", "1989-11-02",
     [("the first quarter", "DATE", "1989-Q1"), ("the quarter", "DATE", "1989-Q3"),
      ("Sept. 30", "DATE", "1989-09-30")]),
    ("Acme Corp. expects a loss in the fiscal first quarter. Profit rose in the third quarter. "
     "Sales rose in the quarter ended Sept. 30.", "1989-11-02",
     [("the fiscal first quarter", "DATE", "1990-Q1"), ("the third quarter", "DATE", "1989-Q3"),
      ("the quarter", "DATE", "1989-Q3"), ("Sept. 30", "DATE", "1989-09-30")]),
    ("Acme Corp. reported a 20% drop in fourth-quarter profit. Sales in the latest period were "
     "$2 billion.", "1989-11-02",
     [("fourth-quarter", "DATE", "1989-Q4"), ("the latest period", "DATE", "1989-Q3")]),
]


test_fiscal_quarters = in_context_test(FISCAL_QUARTERS)

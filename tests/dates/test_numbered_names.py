"""Names that hold a figure or a count of a unit (issue 14): TimeML 1.2.1 follows the TIDES
guidelines on proper names, so no TIMEX3 is marked inside one.

- A figure that numbers a capitalised name word ("Windows 2000", "Agenda 2000", "Office 2000")
  is a version or a programme, not the year.
- A capitalised, hyphened count of a unit before a capitalised noun ("the Ninth Five-Year Plan",
  "the Six-Day War") names the plan or the war in a sentence written in lower case.

Guards: a month, season, holiday or "Fiscal" before a year ("January 2000", "Summer 1999",
"Christmas 1998", "Fiscal 1990"), a lower-case "five-year plan", and the date after a name.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

NUMBERED_NAMES = [
    ("European leaders argued over Agenda 2000 on Tuesday.", "2026-04-15",
     [("Tuesday", "DATE", "2026-04-14")]),
    ("Windows 2000 went on sale Thursday.", "2026-04-15",
     [("Thursday", "DATE", "2026-04-09")]),
    ("The province fulfilled the targets of the Ninth Five-Year Plan.", "2026-04-15", []),
    ("The talks on the Five-Year Plan ended.", "2026-04-15", []),
    # guards
    ("Sales fell in January 2000.", "2026-04-15", [("January 2000", "DATE", "2000-01")]),
    ("The store opened in Summer 1999.", "2026-04-15", [("Summer 1999", "DATE", "1999-SU")]),
    ("Christmas 1998 was quiet.", "2026-04-15", [("Christmas 1998", "DATE", "1998-12-25")]),
    ("Fiscal 1990 sales rose.", "2026-04-15", [("Fiscal 1990", "DATE", "1990")]),
    ("The company adopted a five-year plan to cut costs.", "2026-04-15",
     [("five-year", "DURATION", "P5Y")]),
    ("The Ninth Five-Year Plan ends next year.", "2026-04-15", [("next year", "DATE", "2027")]),
]


test_numbered_names = in_context_test(NUMBERED_NAMES)

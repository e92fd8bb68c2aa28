"""The year of a month in a clause of prospect (issue 14, the year of a month by tense). The
simple present of a verb of prospect, whose object is an event still ahead of its subject
("faces", "awaits", "anticipates"), looks forward as "expects" and "plans" already did: "The
president faces a vote in November" in an April story is this November, not last, and "faces
a vote in February" is next February. A month in a present clause that marks no future stays
the nearest past one ("Prices go up in November"), and the past of the same verbs stays past.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order). 2000-04-05 is a Wednesday in April.
"""

from tests.dates.tables import in_context_test

PROSPECTIVE_MONTHS = [
    ("The president faces a vote in November.", "2000-04-05", [("November", "DATE", "2000-11")]),
    ("The senator faces trial in November.", "2000-04-05", [("November", "DATE", "2000-11")]),
    ("The president faces a confidence vote in February.", "2000-04-05",
     [("February", "DATE", "2001-02")]),
    ("The mayor, who faces a recall vote in November, said little.", "2000-04-05",
     [("November", "DATE", "2000-11")]),
    ("The company awaits a ruling in November.", "2000-04-05", [("November", "DATE", "2000-11")]),
    ("The airline anticipates a decision in December.", "2000-04-05",
     [("December", "DATE", "2000-12")]),
    # guards: the past of the same verbs, a present that marks no future, and the scheduling
    # words that already looked forward
    ("The president faced a vote in November.", "2000-04-05", [("November", "DATE", "1999-11")]),
    ("The company awaited a ruling in November.", "2000-04-05",
     [("November", "DATE", "1999-11")]),
    ("Prices go up in November.", "2000-04-05", [("November", "DATE", "1999-11")]),
    ("The company expects a decision in November.", "2000-04-05",
     [("November", "DATE", "2000-11")]),
    ("The report is due in November.", "2000-04-05", [("November", "DATE", "2000-11")]),
    ("The report is set to be released in November.", "2000-04-05",
     [("November", "DATE", "2000-11")]),
    ("The board had scheduled a vote in November.", "2000-04-05",
     [("November", "DATE", "1999-11")]),
    ("The president faces a vote in May.", "2000-04-05", [("May", "DATE", "2000-05")]),
]


test_prospective_months = in_context_test(PROSPECTIVE_MONTHS)

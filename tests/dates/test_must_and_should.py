""""must" and "should" look ahead (issue 14, the week of a weekday and the year of a month by
the clause's tense). Obligation, advice and expectation are about what is still to happen:
"Senators must vote on Friday" in a Wednesday story is the coming Friday, "Prices should rise
in November" in April this November. Their past is the modal perfect ("must have voted",
"should have been returned"), which stays past. They had been read as the past, as "could"
and "may" are (those report a possibility about the past as often).

Guards: the modal perfect stays past; "could" keeps its reading.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

MUST_AND_SHOULD = [
    ("Senators must vote on the budget on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The panel should issue its report on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("Prices should rise in November, the minister said.", "2000-04-12",
     [("November", "DATE", "2000-11")]),
    # guards
    ("Senators must have voted on the budget on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The boy should have been returned on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The missing hikers could be found on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
]


test_must_and_should = in_context_test(MUST_AND_SHOULD)

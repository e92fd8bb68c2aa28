""""more than expected on Friday", "earlier than analysts expected", "later than scheduled": a
scheduling verb in a clause of comparison says what was expected of the event the main clause
reports; it schedules nothing (issue 14, the week of a weekday by the clause's tense). "Shares
rose more than expected on Friday" in a Wednesday story is the past Friday, the day the shares
rose; where the parser hangs the weekday on "expected" it had been read as scheduled, the
coming Friday.

Guards: a scheduling verb outside a comparison still puts the day ahead ("is expected to cut
rates on Friday", "is planned for Friday"); a future main clause stays future.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

THAN_EXPECTED = [
    ("Profit rose more than analysts expected on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The report was released earlier than expected on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The ship docked later than scheduled on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    # guards
    ("The bank is expected to cut rates on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The vote is planned for Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The bank will cut rates more than expected on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
]


test_than_expected = in_context_test(THAN_EXPECTED)

""""The talks lasted until Friday": "until" after an active verb in the simple past tells of a
situation that went on until a time now past (issue 14, the week of a weekday by the clause's
tense). In a Wednesday story it is the past Friday; it had been the coming one, as a deadline
("was given until Friday") is. "Fighting went on until midnight" is the midnight that opened
the story's day.

Guards: a verb that grants time keeps the deadline ("gave the family until Thursday", "had
until Thursday"); a verb that moves an event keeps it ("postponed the hearing until Friday");
a passive keeps it ("was postponed until Friday"); a future keeps it.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

LASTED_UNTIL = [
    ("The talks lasted until Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("Fighting went on until midnight.", "2000-04-12",
     [("midnight", "TIME", "2000-04-11T24:00")]),
    # guards
    ("The court gave the family until Thursday to respond.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("The family had until Thursday to respond.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("The judge postponed the hearing until Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The hearing was postponed until Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The bridge will stay closed until Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
]


test_lasted_until = in_context_test(LASTED_UNTIL)

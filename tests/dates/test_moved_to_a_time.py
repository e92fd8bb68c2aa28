"""A time an event or a deadline is moved to, or a deadline is set at (issue 14, the year or
week of a weekday or month by the clause). What is moved to a time lies after the moving, so
"The deadline was extended to Thursday" in a Wednesday story is the coming Thursday, as "was
postponed until Thursday" already was; so is the end a thing is drawn out to ("extended
through Nov. 6", "postponed into January"); "a deadline of Thursday" and "a new expiration date of Nov. 6" too (it had been last
year's Nov. 6), and the day of a
deadline a verb lays down ("set a Thursday deadline", "gave the family a Thursday deadline").
They had been read as the past Thursday, by the past form of the verb.

Guards: the time a thing is moved from keeps the past; "through" after a verb that is no
rescheduling ("lasted through Friday") keeps the past; a past perfect stays past; "to" after
verbs of motion or of change in amount ("moved to Boston on Monday", "rose to a record on
Monday") is no rescheduling; "until" keeps its reading; a deadline missed or extended was
there before ("missed a Thursday deadline" stays past).

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

MOVED_TO_A_TIME = [
    ("The deadline for the family was extended to Thursday.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("Immigration officials extended their deadline to 9 a.m. Thursday.", "2000-04-12",
     [("9 a.m. Thursday", "TIME", "2000-04-13T09:00")]),
    ("The bail hearing was postponed to Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-17")]),
    ("The Senate vote was pushed back to Tuesday.", "2000-04-12",
     [("Tuesday", "DATE", "2000-04-18")]),
    ("The agency set a deadline of Thursday for the family.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("The agency gave the family a Thursday deadline.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("The agency set a Friday deadline for the talks.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The talks were moved from Monday to Thursday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10"), ("Thursday", "DATE", "2000-04-13")]),
    ("The tender offer was extended through Nov. 6.", "1989-10-30",
     [("Nov. 6", "DATE", "1989-11-06")]),
    ("The council vote was postponed into January.", "1989-10-30",
     [("January", "DATE", "1990-01")]),
    ("The company set a new expiration date of Nov. 6 for the offer.", "1989-10-30",
     [("Nov. 6", "DATE", "1989-11-06")]),
    ("The board set a record date of Nov. 20.", "1989-10-30",
     [("Nov. 20", "DATE", "1989-11-20")]),
    # guards
    ("The board set a record date of Nov. 20, 1988.", "1989-10-30",
     [("Nov. 20, 1988", "DATE", "1988-11-20")]),
    ("The strike lasted through Friday.", "1989-10-30",
     [("Friday", "DATE", "1989-10-27")]),
    ("The bail hearing had been postponed to Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("The senator moved to Boston on Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("Prices rose to a record on Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("The family missed a Thursday deadline.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-06")]),
    ("The agency extended the Friday deadline.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The bail hearing was postponed until Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-17")]),
]


test_moved_to_a_time = in_context_test(MOVED_TO_A_TIME)

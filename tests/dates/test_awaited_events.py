"""The day of an event a verb of prospect or of putting off takes (issue 14, the week of a
weekday by the clause). "Relatives awaited Friday's ruling", "The judge postponed Thursday's
hearing", "Police braced for Saturday's rally", "stayed in Miami pending Thursday's hearing"
in a Wednesday story name the coming day: the event lies after the awaiting, putting off or
bracing. They had been read by the past verb (a weekday right after a past verb was taken
for the time of that verb even with "'s", the day of its object).

Guards: a verb that does not look ahead keeps the past ("attended Thursday's hearing"); a
past perfect stays past; a deadline missed stays past; "said Tuesday's vote" is the past
Tuesday.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

AWAITED_EVENTS = [
    ("Relatives awaited Friday's ruling.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The judge postponed Thursday's hearing.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("Police braced for Saturday's rally.", "2000-04-12",
     [("Saturday", "DATE", "2000-04-15")]),
    ("The boy stayed in Miami pending Thursday's hearing.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    ("The family faced a Thursday deadline.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-13")]),
    # guards
    ("The judge attended Thursday's hearing.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-06")]),
    ("The relatives had awaited Friday's ruling.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The family missed a Thursday deadline.", "2000-04-12",
     [("Thursday", "DATE", "2000-04-06")]),
    ("The president said Tuesday's vote was a victory.", "2000-04-12",
     [("Tuesday", "DATE", "2000-04-11")]),
]


test_awaited_events = in_context_test(AWAITED_EVENTS)

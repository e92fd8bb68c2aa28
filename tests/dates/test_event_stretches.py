"""An uncounted stretch placed against a named event ("in the weeks before the slaying", "the
months after the war ended") is a DATE whose value the text does not give: the event's date
is unknown there (TimeML links the stretch to the event through "before"). It had taken the
month of the last day the story placed, or the story's own month.

Guards: a "before" that stands alone refers back to the last time placed ("in the weeks
before, ..."), one counted day is counted from it ("The day after his arrest"), and "the days
that followed" stays a vague length.

Rows: (an original AP-style text, its story date, every (text, type, value) found, in order).
"""

from tests.dates.tables import in_context_test

EVENT_STRETCHES = [
    ("The suspect bought a gun in the weeks before the slaying.", "2000-04-05",
     [("the weeks", "DATE", None)]),
    ("The suspect was seen on March 2. In the weeks before the slaying, he bought a gun.",
     "2000-04-05", [("March 2", "DATE", "2000-03-02"), ("the weeks", "DATE", None)]),
    ("Prices rose in the months after the war ended.", "2000-04-05",
     [("the months", "DATE", None)]),
    # guards
    ("The bridge closed on March 3. Inspectors found cracks in the weeks before, officials "
     "said.", "2000-04-05", [("March 3", "DATE", "2000-03-03"),
                             ("the weeks before", "DATE", "2000-03")]),
    ("He was arrested on March 3. The day after his arrest, he was freed.", "2000-04-05",
     [("March 3", "DATE", "2000-03-03"), ("The day", "DATE", "2000-03-04")]),
    ("Talks stalled in the days that followed.", "2000-04-05", [("the days", "DURATION", "PXD")]),
]


test_event_stretches = in_context_test(EVENT_STRETCHES)

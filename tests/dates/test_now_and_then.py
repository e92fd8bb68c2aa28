""""(every) now and then" (issue 14): the idiom means "occasionally", a frequency with no unit
of time, which TimeML 1.2.1 does not mark (as it does not mark "sometimes" or "often"); its
"now" is not the present (it had been PRESENT_REF).

Guards: "now" of the present elsewhere ("Now that the war is over", "From now on", "By now").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

NOW_AND_THEN = [
    ("Every now and then, a shell lands in the town.", "2026-04-15", []),
    ("The rebels fire now and then at the airport.", "2026-04-15", []),
    # guards
    ("Now that the war is over, refugees are returning.", "2026-04-15",
     [("Now", "DATE", "PRESENT_REF")]),
    ("By now, most voters have decided.", "2026-04-15", [("now", "DATE", "PRESENT_REF")]),
]


test_now_and_then = in_context_test(NOW_AND_THEN)

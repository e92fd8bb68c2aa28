""""overnight" before a noun it only classifies (issue 14): "the overnight lending rate",
"overnight loans" name a kind of rate or loan, as "the evening news" names a programme; no
time is referred to (it had been TIME ...TNI). The layer's rule for a part of the day before
a noun (candidates._is_greeting_or_modifier) now takes "overnight" too.

Guard: "overnight" on its own, of its clause ("Overnight, the rebels attacked the town").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

OVERNIGHT = [
    ("The bank cut its overnight lending rate.", "2026-04-15", []),
    ("Banks raised rates on overnight loans on Monday.", "2026-04-15",
     [("Monday", "DATE", "2026-04-13")]),
    # guard
    ("Overnight, the rebels attacked the town.", "2026-04-15",
     [("Overnight", "TIME", "2026-04-15TNI")]),
]


test_overnight_classifier = in_context_test(OVERNIGHT)

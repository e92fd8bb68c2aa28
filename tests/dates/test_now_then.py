""""Now then," opening a sentence or a quotation is the discourse marker "now" with "then"
(Quirk et al. 1985: a transitional conjunct that opens a turn), not PRESENT_REF (issue 14,
held-out false hits). Guards: "now" naming the present stays a time, with "then" after it too.

Rows: (an original AP-style sentence, its story date, the list of (text, type, value) found).
"""

from tests.dates.tables import in_context_test

NOW_THEN = [
    ("Now then, let us begin, the chairman said.", "2026-12-03", []),
    ('"Now then, who wants to go first?" the judge asked.', "2026-12-03", []),
    # guards
    ("The rebels now control the port.", "2026-12-03", [("now", "DATE", "PRESENT_REF")]),
    ("Now the company plans to close two plants.", "2026-12-03",
     [("Now", "DATE", "PRESENT_REF")]),
]


test_now_then = in_context_test(NOW_THEN)

"""A millennium named from the story's date is a DATE written by its leading digit (issue 14,
held-out misses): "the new millennium" was dropped as a phrase with no time word. The years
2000 to 2999 are "2", as a century is written "19" and a decade "199". Guard: a length of a
millennium ("a millennium old") is not placed.

Rows: (an original AP-style sentence, its story date, the expected (text, type, value), or a
list of them; type None where nothing may be found at that text).
"""

from tests.dates.tables import in_context_test

MILLENNIA = [
    ("Leaders spoke of hope for the new millennium.", "1999-12-20",
     ("the new millennium", "DATE", "2")),
    ("Leaders spoke of hope for the new millennium.", "2026-12-03",
     ("the new millennium", "DATE", "2")),
    ("The party will ring in the millennium, he said.", "1999-12-20",
     ("the millennium", "DATE", "2")),
    # guards
    ("The church is nearly a millennium old.", "2026-12-03", ("a millennium", None, None)),
    ("The 20th century ended badly for the company.", "2026-12-03",
     ("The 20th century", "DATE", "19")),
]


test_millennia = in_context_test(MILLENNIA, exact=False)

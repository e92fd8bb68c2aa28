"""Words before a time that are no part of its extent (issue 14). TimeML's TIMEX3 holds the
time and the modifiers of its value ("about two weeks", "early next year"), not:
- the words of an "as ... as" comparison: "as early as next week", "as late as 1995" (the
  model tags "early as next week", "late as 1995"; the latter lost its value);
- a focus adverb: "only 14 days", "just last month".

Guards: "early next year", "late Monday" and "about two weeks" keep their modifier.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

COMPARISON_AND_FOCUS_WORDS = [
    ("The plant could reopen as early as next week.", "2026-04-15",
     [("next week", "DATE", "2026-W17")]),
    ("The fighting lasted as late as 1995.", "2026-04-15", [("1995", "DATE", "1995")]),
    ("He had only 14 days to decide.", "2026-04-15", [("14 days", "DURATION", "P14D")]),
    ("Sales rose just last month.", "2026-04-15", [("last month", "DATE", "2026-03")]),
    ("The plant opened only last year.", "2026-04-15", [("last year", "DATE", "2025")]),
    # guards
    ("The plant will reopen early next year.", "2026-04-15",
     [("early next year", "DATE", "2027")]),
    ("The talks ended late Monday.", "2026-04-15", [("late Monday", "DATE", "2026-04-13")]),
    ("The strike lasted about two weeks.", "2026-04-15",
     [("about two weeks", "DURATION", "P2W")]),
]


test_comparison_and_focus_words = in_context_test(COMPARISON_AND_FOCUS_WORDS)

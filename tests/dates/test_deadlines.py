"""Issue 14, the week of a weekday by the clause's tense: "by Friday" is a deadline, which news
sets ahead of the story ("must be freed by Friday", "was told to leave by Friday"), except after
a verb in the simple past, which says what was done by then ("the men WERE FREED by Friday").
"until" always sets a deadline ("were given until Friday").

Rows: (an original sentence, its story date (a Thursday), the tense the layer should read,
the (text, type, value) the pipeline must find).
"""

from tests.dates.tables import tensed_test

THURSDAY = "2026-12-03"  # the Friday before is Nov. 27, the next Dec. 4

DEADLINES = [
    ("The men were freed by Friday, officials said.", THURSDAY, "past",
     ("Friday", "DATE", "2026-11-27")),
    ("The rebels withdrew by Monday.", THURSDAY, "past", ("Monday", "DATE", "2026-11-30")),
    # guards: a deadline ahead
    ("The men were given until Friday to leave.", THURSDAY, "future",
     ("Friday", "DATE", "2026-12-04")),
    ("Uganda was told to free the men by Friday.", THURSDAY, "future",
     ("Friday", "DATE", "2026-12-04")),
    ("The ministry said the men must be freed by Friday.", THURSDAY, "future",
     ("Friday", "DATE", "2026-12-04")),
    ("Kenya said the men would be freed by Friday.", THURSDAY, "future",
     ("Friday", "DATE", "2026-12-04")),
    ("Kenya would respond if the men were not freed by Friday.", THURSDAY, "future",
     ("Friday", "DATE", "2026-12-04")),
]


test_by_a_weekday_is_a_deadline_unless_done = tensed_test(DEADLINES)

"""Days inside an event's name, and days named by a clause (issue 14), by TimeML 1.2.1:
- "the Christmas Day massacre": a holiday before the noun of one event (models/
  dated_event_nouns.tsv) says when it happened, so it is marked, as "Christmas Day" alone is;
  "the Christmas tree" (a holiday that only classifies its noun) is not.
- "the day he turned 90", "the night the storm hit": the time of the event the relative clause
  tells of. The layer does not date events, so it is a DATE with no value, not the story's date
  or the day last placed. "The day that followed" (the relative pronoun as subject) is still
  read from the day last placed.

Rows: (an original AP-style sentence, its story date, the (text, type, value) expected; type
None where the text must hold no time expression).
"""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

ROWS = [
    ("The Christmas Day massacre killed 12 people.", "2026-04-15",
     ("The Christmas Day", "DATE", "2025-12-25")),
    ("Rebels carried out the Christmas Eve attack.", "2026-04-15",
     ("the Christmas Eve", "DATE", "2025-12-24")),
    ("She moved to Ohio the day he turned 90.", "2026-04-15",
     ("the day", "DATE", None)),
    ("He called the night the storm hit.", "2026-04-15",
     ("the night", "DATE", None)),
    # guards: a holiday that classifies its noun, a day placed by the day before it
    ("Crews lit the Christmas tree.", "2026-04-15",
     ("Christmas", None, None)),
    ("The boat left March 3, the day before the storm hit.", "2026-04-15",
     ("the day", "DATE", "2026-03-03")),
    ("Police arrived Monday. The day that followed was calm.", "2026-04-15",
     ("The day", "DATE", "2026-04-13")),
]


@pytest.mark.parametrize(("text", "story_date", "expected"), ROWS)
def test_event_name_and_clause_day(annotate: Annotate, text: str, story_date: str,
                                   expected: tuple[str, str | None, str | None]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    if expected[1] is None:
        assert all(expected[0] not in f[0] for f in found), found
    else:
        assert expected in found, found

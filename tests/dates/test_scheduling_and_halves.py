"""Issue 14 classes of the dates layer, on original AP-style sentences:
- an active "set" (or "fix", "reset") that pairs an event noun (models/scheduled_events.tsv:
  a vote, an election, a hearing, a trial, talks) with a date schedules that event, so the
  date lies ahead of the story as after "scheduled": "The council set the vote for Nov. 3"
  in February is this November. Another object ("set a sales record for November"), a past
  perfect ("had set") and a past passive ("was set for") keep their past reading.

Rows: (an original sentence, its story date, the clause's tense as the layer should read it,
the (text, type, value) the pipeline must find; type None where the sentence must hold no
time expression at that text).
"""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

SCHEDULED = [
    ("The council set the vote for Nov. 3.", "2026-02-10", "future",
     ("Nov. 3", "DATE", "2026-11-03")),
    ("The judge set the trial for March 9, lawyers said.", "2026-02-10", "future",
     ("March 9", "DATE", "2026-03-09")),
    ("The board has set the election for Oct. 4.", "2026-02-10", "future",
     ("Oct. 4", "DATE", "2026-10-04")),
    ("Officials set the hearing for Friday.", "2026-02-10", "future",
     ("Friday", "DATE", "2026-02-13")),
    ("The judge set Nov. 3 for the trial.", "2026-02-10", "future",
     ("Nov. 3", "DATE", "2026-11-03")),
    ("The panel set March 2 for a hearing on the appeal.", "2026-02-10", "future",
     ("March 2", "DATE", "2026-03-02")),
    # guards: no event scheduled, a past perfect, a past passive, a date of another verb
    ("The store set a sales record for November.", "2026-02-10", "past",
     ("November", "DATE", "2025-11")),
    ("The council had set the vote for Nov. 3.", "2026-02-10", "past",
     ("Nov. 3", "DATE", "2025-11-03")),
    ("The vote was set for Nov. 3.", "2026-02-10", "past",
     ("Nov. 3", "DATE", "2025-11-03")),
    ("The company set aside $5 million in March for the strike.", "2026-02-10", "past",
     ("March", "DATE", "2025-03")),
]


@pytest.mark.parametrize(("text", "story_date", "tense", "expected"), SCHEDULED)
def test_active_set_schedules_an_event(annotate: Annotate, text: str, story_date: str,
                                       tense: str,
                                       expected: tuple[str, str | None, str | None]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    if expected[1] is None:
        assert all(f[0] != expected[0] for f in found), found
    else:
        assert expected in found, (tense, found)

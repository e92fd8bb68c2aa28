"""Issue 14 classes of the dates layer, on original AP-style sentences:
- an active "set" (or "fix", "reset") that pairs an event noun (models/scheduled_events.tsv:
  a vote, an election, a hearing, a trial, talks) with a date schedules that event, so the
  date lies ahead of the story as after "scheduled": "The council set the vote for Nov. 3"
  in February is this November. Another object ("set a sales record for November"), a past
  perfect ("had set") and a past passive ("was set for") keep their past reading. "Voters go
  to the polls in November" is the futurate present of a scheduled election, as "begins" is.
- "the second half" of a match: a half after a preposition in a clause that scores (a verb
  of scoring, a noun of a match as its subject or object, or a score: models/match_words.tsv)
  is a stage of the match, no time (TimeML: a TIMEX3 refers to a time); a half in a clause
  of business ("Sales rose in the second half") stays the half of the year, H2; a second
  half not yet begun (a story before July) is last year's in a past clause.

Rows: (an original sentence, its story date, the clause's tense as the layer should read it,
the (text, type, value) the pipeline must find; type None where the sentence must hold no
time expression at that text).
"""

from datetime import date

import pytest

from annotate.dates.timex import normalise
from tests.dates.tables import tensed_test

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
    # the futurate present of an election: "go to the polls"
    ("Voters go to the polls in November.", "2026-03-10", "future",
     ("November", "DATE", "2026-11")),
    ("Voters in Ohio go to the polls Nov. 3.", "2026-03-10", "future",
     ("Nov. 3", "DATE", "2026-11-03")),
    # guards: the past, and "go" of anything else
    ("Voters went to the polls in November.", "2026-03-10", "past",
     ("November", "DATE", "2025-11")),
    ("Prices go up in November.", "2026-03-10", "present", ("November", "DATE", "2025-11")),
]


test_active_set_schedules_an_event = tensed_test(SCHEDULED)


MATCH_HALVES = [
    ("Ruiz scored twice in the second half.", "2026-08-05", "past",
     ("the second half", None, None)),
    ("Leeds led 2-0 in the second half.", "2026-08-05", "past",
     ("the second half", None, None)),
    ("The Bulls scored 30 points in the second half.", "2026-08-05", "past",
     ("the second half", None, None)),
    # guards: halves of the year, with and without their year, and with a figure that is no score
    ("Sales rose in the second half.", "2026-08-05", "past",
     ("the second half", "DATE", "2026-H2")),
    ("Its shares rose 2-3 percent in the second half.", "2026-08-05", "past",
     ("the second half", "DATE", "2026-H2")),
    ("The company scored big gains in the second half of 2025.", "2026-08-05", "past",
     ("the second half of 2025", "DATE", "2025-H2")),
]


test_half_of_a_match_is_no_time = tensed_test(MATCH_HALVES)


# The year of a half without one, by the clause's tense: a second half not yet begun (a story
# before July) is last year's in a past clause, as a quarter not yet begun is; ahead, this
# year's. Rows: (expression, reference date, tense, type, value).
HALF_YEARS = [
    ("the second half", date(2026, 4, 15), "past", "DATE", "2025-H2"),
    ("the latter half", date(2026, 4, 15), "past", "DATE", "2025-H2"),
    # guards: a future clause, a half begun, a first half, a half given its year
    ("the second half", date(2026, 4, 15), "future", "DATE", "2026-H2"),
    ("the second half", date(2026, 8, 5), "past", "DATE", "2026-H2"),
    ("the second half of 2024", date(2026, 4, 15), "past", "DATE", "2024-H2"),
]


@pytest.mark.parametrize(("text", "reference", "tense", "kind", "value"), HALF_YEARS)
def test_year_of_a_half_by_tense(text: str, reference: date, tense: str, kind: str,
                                 value: str) -> None:
    timex = normalise(text, reference, None, tense)
    assert (timex.type, timex.value) == (kind, value)

"""A clock unit named as a period ("at this hour", "in the past hour", "over the next hour")
(issue 14): the named-period rule knew calendar units only and raised KeyError on an hour, a
minute or a second, which failed the whole story. "This hour" is now (PRESENT_REF, as "at this
point" is); "the past hour" and "the next hour" are a stretch up to or from now (DURATION
PT1H), as no calendar value names a clock hour without a time of the story.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from datetime import date

import pytest

from annotate.dates.timex import normalise
from tests.dates.tables import tensed_test

CLOCK_PERIODS = [
    ("That is the latest news at this hour.", "2026-04-15", "present",
     ("this hour", "DATE", "PRESENT_REF")),
    ("Oil prices fell sharply in the past hour.", "2026-04-15", "past",
     ("the past hour", "DURATION", "PT1H")),
    ("Rescuers expect more news over the next hour.", "2026-04-15", "future",
     ("the next hour", "DURATION", "PT1H")),
    # guards: calendar periods keep their values
    ("Oil prices fell sharply in the past week.", "2026-04-15", "past",
     ("the past week", "DATE", "2026-W15")),
    ("The council meets this week.", "2026-04-15", "future", ("this week", "DATE", "2026-W16")),
]


test_clock_period = tensed_test(CLOCK_PERIODS)


@pytest.mark.parametrize("text", ["this minute", "the previous hour", "this second",
                                  "later this hour"])
def test_clock_period_does_not_raise(text: str) -> None:
    assert normalise(text, date(2026, 4, 15)).type in ("DATE", "DURATION")

"""A count of seasons is one time expression with its plural season (issue 14, TimeML extent:
the TIMEX3 holds its head noun): "for the past three summers" is not "the past three", and
"the last two winters" is found at all. Its value is not checked here (the rows check only the
extent). Guards: "springs" and "falls" that are no seasons, and a sports "seasons", give
nothing.

Rows: (an original AP-style sentence, its story date, the text that must be found, or None
where the sentence must hold no time expression).
"""

import pytest

from tests.dates.tables import expressions

COUNTED_SEASONS = [
    ("Violence has flared in the city for the past three summers.", "2026-04-15",
     "the past three summers"),
    ("Floods hit the valley in each of the last two winters.", "2026-04-15",
     "the last two winters"),
    # guards
    ("Water flows from three springs near the town.", "2026-04-15", None),
    ("The climber survived two falls on the ridge.", "2026-04-15", None),
    ("The club has won the title the last three seasons.", "2026-04-15", None),
]


@pytest.mark.parametrize(("text", "story_date", "expected"), COUNTED_SEASONS)
def test_counted_seasons(annotate, text: str, story_date: str, expected: str | None) -> None:
    found = [row[0] for row in expressions(annotate, text, story_date)]
    assert (expected in found) if expected else found == [], found

"""An act the opening speaker announces for their own side is the speaker's: "Putin said HIS
COUNTRY will not lift the ban", "Russian Foreign Minister Sergei Lavrov said RUSSIA will
retaliate". A party the clause names for another side, a closing attribution and an act
reported as done keep the clause's party. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def actors(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(a["actor"]["text"], a["actor"]["country"]) if a["actor"] else (None, None)
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("The prime minister said his country will not lift the ban on Polish pork.", "lift",
     [("prime minister", None)]),
    ("Uganda's foreign minister said on Monday that his government would expel two Kenyan "
     "diplomats.", "expel", [("Uganda's foreign minister", "UGA")]),
    ("Russian Foreign Minister Sergei Lavrov said Russia will retaliate against the sanctions.",
     "retaliate", [("Russian Foreign Minister Sergei Lavrov", "RUS")]),
    ("Kenyan President William Ruto said Kenya will send 1,000 police officers to Haiti.",
     "send", [("Kenyan President William Ruto", "KEN")]),
])
def test_an_act_announced_for_the_speakers_side_is_the_speakers(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, str | None]]) -> None:
    assert actors(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # another side's intent, reported
    ("Rebel leaders said the army will withdraw from the town.", "withdraw", [("army", None)]),
    ("The minister said Iran will release the sailors.", "release", [("Iran", "IRN")]),
    ("Kenyan President William Ruto said Uganda will send troops to Somalia.", "send",
     [("Uganda", "UGA")]),
    # a closing attribution only cites a source
    ("Kenya will send 1,000 police officers to Haiti, President William Ruto said.", "send",
     [("Kenya", "KEN")]),
    # an act reported as done is its doer's
    ("Israel's military said its troops killed two gunmen.", "killed", [("its troops", "ISR")]),
])
def test_a_party_of_another_side_or_a_done_act_stays(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, str | None]]) -> None:
    assert actors(annotate, sentence, trigger) == expected

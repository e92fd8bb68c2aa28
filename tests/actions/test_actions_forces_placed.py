"""Verbs of placing or moving forces (stationed, positioned, redeployed, amassed, relocated,
shifted, poured, transferred troops; rolled tanks; flew warplanes) are a force posture (154
MOBILIZE: EVENTS.md 150-155 "mobilize, deploy, mass troops"), as deploy and move are
(models/actions_phrasal.tsv); arms transferred stay arms aid, and headquarters, funds and a
pilot's aircraft are no forces."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Russia stationed nuclear weapons in Belarus.",
    "China positioned missiles along the coast.",
    "Ukraine redeployed troops to the east.",
    "The army transferred troops to the border.",
    "Russia amassed troops near the border.",
    "The army shifted troops to the south.",
    "Iran relocated its drones to the island.",
    "Russia poured troops into the region.",
    "Russia rolled tanks toward the border.",
    "Beijing flew 30 warplanes near Taiwan.",
])
def test_forces_placed_are_a_posture(annotate: Annotate, sentence: str) -> None:
    assert [(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]] == [
        ("MOBILIZE", "154")]


def test_arms_transferred_stay_aid(annotate: Annotate) -> None:
    assert [a["plover"] for a in annotate("Washington transferred weapons to Kyiv.")["actions"]
            ] == ["AID"]


@pytest.mark.parametrize("sentence", [
    "The company relocated its headquarters to Texas.",
    "The pilot flew the aircraft to Denver.",
    "The firm shifted its focus to Asia.",
    "The bank transferred funds to the account.",
])
def test_other_things_moved_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

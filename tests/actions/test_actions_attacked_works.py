"""A work or a piece of writing attacked is criticised: "the senator attacked the film" is
CAMEO 111 (ACCUSE), not an armed attack. Only the head noun of the direct object counts: a
film crew or a film festival is attacked by force. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str) -> list[tuple[str, str]]:
    return [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == "attacked"]


@pytest.mark.parametrize("sentence", [
    "The senator attacked the film on Sunday.",
    "Conservative lawmakers attacked the documentary as biased.",
    "The prime minister attacked the novel in a speech to parliament.",
    "The governor attacked the editorial and its author.",
    "The film was attacked by several lawmakers.",
])
def test_a_work_attacked_is_criticised(annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence) == [("111", "ACCUSE")]


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a film crew in the north on Friday.",
    "Gunmen attacked a film festival near the capital.",
    "A mob attacked the movie theater after the screening.",
    "Rebels attacked an army column near the border.",
])
def test_a_place_or_people_named_after_a_work_are_attacked_by_force(
        annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence) == [("190", "ASSAULT")]

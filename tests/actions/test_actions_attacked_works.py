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


@pytest.mark.parametrize("sentence", [
    "An editorial in the state newspaper attacked Washington on Monday.",
    "A front-page article in the party newspaper attacked the prime minister.",
    "A new book by a former aide attacks the president.",
])
def test_a_piece_of_writing_attacks_in_words(annotate: Annotate, sentence: str) -> None:
    trigger = "attacks" if " attacks " in sentence else "attacked"
    assert [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger] == [("111", "ACCUSE")]


@pytest.mark.parametrize("sentence", [
    "A rebel column attacked the village before dawn.",
    "The article said rebels attacked a village near the border.",
])
def test_troops_or_a_reported_attack_stay_armed(annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence) == [("190", "ASSAULT")]

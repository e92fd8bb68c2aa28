"""Defending someone against criticism or accusations is CAMEO 052, "defend verbally" (PLOVER
SUPPORT): the one defended is the target. Defending a place against an armed attack is no such
act. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate


def _support(annotate: Annotate, sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(a["cameo"], a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(sentence)["actions"] if a["plover"] == "SUPPORT"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ghana's attorney general is defending two judges against criticism from opposition "
     "lawmakers.", [("052", "Ghana's attorney general", "two judges")]),
    ("Kenya's foreign minister defended the police against accusations of brutality.",
     [("052", "Kenya's foreign minister", "police")]),
    ("The governor defended the prison guards from allegations of abuse.",
     [("052", "governor", "prison guards")]),
])
def test_defending_against_a_verbal_attack_is_verbal_support(
        annotate: Annotate, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _support(annotate, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The army defended the town against a rebel attack.",
    "Soldiers defended the city for three days.",
])
def test_an_armed_defence_is_no_verbal_support(annotate: Annotate, sentence: str) -> None:
    assert _support(annotate, sentence) == []

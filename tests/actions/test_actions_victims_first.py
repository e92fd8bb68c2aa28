"""The people violence hits are its target, before the place where it hit them: "killed 14
people AT A MARKET in Mogadishu" is aimed at the people, who take the place's country when the
text gives them none; a place is the target only where no people are named. Short original
sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("A suicide bomber killed 14 people at a market in Mogadishu.", ("14 people", "SOM")),
    ("Two journalists were killed in an Israeli strike on a car in southern Lebanon.",
     ("Two journalists", "LBN")),
    ("Rebels killed two Kenyan soldiers at a base in Somalia.", ("two Kenyan soldiers", "KEN")),
])
def test_the_people_hit_are_the_target(annotate: Annotate, sentence: str,
                                       target: tuple[str, str]) -> None:
    (action,) = annotate(sentence)["actions"]
    assert (action["target"]["text"], action["target"]["country"]) == target


def test_a_place_hit_with_no_people_named_stays_the_target(annotate: Annotate) -> None:
    (action,) = annotate("Israeli jets struck a market in Gaza.")["actions"]
    assert (action["target"]["text"], action["target"]["country"]) == ("market", "PSE")

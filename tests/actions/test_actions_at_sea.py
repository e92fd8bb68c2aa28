"""Acts at sea. A body of water is where a missile fell or troops crossed, never whom an act reached: no
sea, strait or gulf is a target, unless a country word makes it that country's waters. It
stays the action's place. A coast guard that rams a vessel uses force against it (190); a bill
rammed through a chamber is no such act. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "place"), [
    ("North Korea fired two missiles into the Sea of Japan.", "Sea of Japan"),
    ("The army moved troops across the Black Sea.", "Black Sea"),
])
def test_open_water_is_no_target(annotate: Annotate, sentence: str, place: str) -> None:
    (action,) = annotate(sentence)["actions"]
    assert action["target"] is None
    assert action["location"] and place in action["location"]["text"]


def test_a_ship_at_sea_is_the_target(annotate: Annotate) -> None:
    (action,) = annotate("The Houthis fired a missile at a tanker in the Red Sea.")["actions"]
    assert action["target"]["text"] == "tanker"


def test_a_rammed_vessel_is_assaulted(annotate: Annotate) -> None:
    actions = annotate("The Chinese coast guard rammed a Philippine supply boat.")["actions"]
    assert [(a["cameo"], a["actor"]["country"], a["target"]["country"]) for a in actions] == [
        ("190", "CHN", "PHL")]


def test_a_rammed_bill_is_no_event(annotate: Annotate) -> None:
    assert annotate("The speaker rammed the bill through the chamber.")["actions"] == []

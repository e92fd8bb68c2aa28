"""Acts at sea. A body of water is where a missile fell or troops crossed, never whom an act reached: no
sea, strait or gulf is a target, unless a country word makes it that country's waters. It
stays the action's place. Short original sentences."""

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


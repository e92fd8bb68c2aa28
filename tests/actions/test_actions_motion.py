"""A common place noun that a verb of motion's into/to/toward phrase names is where the
movement went (the action's location), not a party it is aimed at. A phrase that names a
party, and the object of an act of force, are still targets. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["target"] and a["target"]["text"],
             a["location"] and a["location"]["text"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thousands of protesters marched into the capital.", [("marched", "141", None, None)]),
    ("Thousands of protesters marched into the Kenyan capital.",
     [("marched", "141", None, "Kenyan capital")]),
    ("Students marched toward the presidential palace on Friday.",
     [("marched", "141", None, None)]),
])
def test_a_place_reached_is_no_target(annotate: Annotate, sentence: str,
                                      expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Protesters marched to the U.S. embassy.", [("marched", "141", "U.S. embassy", None)]),
    ("Troops stormed into the town.", [("stormed", "192", "town", None)]),
])
def test_a_party_reached_is_still_the_target(annotate: Annotate, sentence: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

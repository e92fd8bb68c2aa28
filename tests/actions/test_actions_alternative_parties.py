"""Parties joined by "or" are alternatives, each of which may act alone: they are not
the two sides of one meeting or agreement, so neither is the other's target ("Kenya or Uganda
will host the talks"); parties joined by "and" still act together."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actors"), [
    ("Kenya or Uganda will host the talks.", ["Kenya", "Uganda"]),
    ("Either Kenya or Uganda will host the talks.", ["Kenya", "Uganda"]),
    ("Kenya, Uganda or Tanzania will host the summit.", ["Kenya", "Uganda", "Tanzania"]),
])
def test_alternatives_are_no_pair(annotate: Annotate, sentence: str,
                                  actors: list[str]) -> None:
    actions = annotate(sentence)["actions"]
    assert [a["actor"]["text"] for a in actions] == actors
    assert all(a["target"] is None for a in actions)


@pytest.mark.parametrize("sentence", [
    "Kenya and Uganda held talks in Nairobi.",
    "Kenya and Uganda signed a trade agreement.",
    # "neither ... nor" denies what "and" joins: the pair's reading, negated
    "Neither Kenya nor Uganda signed the trade agreement.",
])
def test_partners_stay_one_action(annotate: Annotate, sentence: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["actor"]["text"], a["target"]["text"]) for a in actions] == [("Kenya", "Uganda")]

"""A by-phrase that names a way, a water, a landform or a barrier says where, not who: "three
men were shot dead by the roadside" has no actor, not the roadside (models/by_places.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .readers import actor_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Three men were shot dead by the roadside.", "shot"),
    ("Two fishermen were killed by the river.", "killed"),
    ("A journalist was arrested by the border.", "arrested"),
    ("Three men were shot dead by the side of the road.", "shot"),
])
def test_a_place_is_no_agent(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert actor_texts(annotate, sentence, trigger) in ([], [None])


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Two soldiers were killed by the rebels near the river.", "killed", "rebels"),
    ("Three protesters were shot dead by police by the roadside.", "shot", "police"),
    ("Two soldiers were killed by a roadside bomb.", "killed", "roadside bomb"),
    ("The proposal was rejected by the other side.", "rejected", "other side"),
    ("The loan was frozen by the bank.", "frozen", "bank"),
])
def test_agents_stay(annotate: Annotate, sentence: str, trigger: str, actor: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == [actor]

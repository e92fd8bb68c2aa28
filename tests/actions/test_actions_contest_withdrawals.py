"""Withdrawing from a race, an election or a competition is no military retreat (CAMEO 087x):
"pulled out of the race" is no event (annotate/actions/nonevents.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def codes(annotate: Annotate, sentence: str, trigger: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize("sentence", [
    "The senator pulled out of the race.",
    "The governor pulled out of the presidential election on Monday.",
    "The runner pulled out of the competition.",
])
def test_leaving_a_contest_is_no_retreat(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence, "pulled") == []


@pytest.mark.parametrize("sentence", [
    "Russian forces pulled out of the town.",
    "The rebels pulled out of the city on Monday.",
])
def test_leaving_a_place_stays_a_retreat(annotate: Annotate, sentence: str) -> None:
    assert [c[:3] for c in codes(annotate, sentence, "pulled")] == ["087"]

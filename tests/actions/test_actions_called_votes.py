""""called elections" sets the date of a vote: a head of state or government dissolving its
own parliament and calling elections makes no appeal for reform (CAMEO 024 is "call FOR"
reform) and no sanction (annotate/actions/nonevents.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def codes(annotate: Annotate, sentence: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize("sentence", [
    "The king dissolved parliament and called elections.",
    "The prime minister called a snap election.",
    "The president dissolved parliament and called early elections for March.",
    "The governor called a referendum on the new charter.",
])
def test_a_called_vote_is_no_event(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The opposition called for early elections.",
    "Protesters called for a referendum on the constitution.",
])
def test_a_call_for_a_vote_stays_an_appeal(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence) == ["024"]


def test_a_called_strike_stays(annotate: Annotate) -> None:
    assert codes(annotate, "The unions called a strike.") == ["143"]

""""dissolved parliament and called elections": a government dissolving its own legislature
and calling a vote makes no appeal for reform (CAMEO 024 is "call FOR" reform) and no sanction
(annotate/actions/nonevents.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def codes(annotate: Annotate, sentence: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize("sentence", [
    "The king dissolved parliament and called elections.",
    "The president dissolved the national assembly and called early elections.",
])
def test_elections_called_on_dissolving_parliament_are_no_event(annotate: Annotate,
                                                                 sentence: str) -> None:
    assert codes(annotate, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The opposition called for early elections.",
    "Protesters called for a referendum on the constitution.",
])
def test_a_call_for_a_vote_stays_an_appeal(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence) == ["024"]


def test_dissolving_an_opposition_party_stays_a_ban(annotate: Annotate) -> None:
    assert codes(annotate, "The court dissolved the opposition party.") == ["1722"]

"""A head of state or government welcomed or received by name, with the title the story gives
("welcomed Russian President Vladimir Putin in Ankara", "received Brazilian President Luiz
Inacio Lula da Silva"), is a hosted visit (043), as welcome or receive + a title noun is
(EVENTS.md 043: host, receive, welcome); a welcomed decision stays praise (051)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Erdogan welcomed Russian President Vladimir Putin in Ankara.",
    "Xi received Brazilian President Luiz Inacio Lula da Silva in Beijing.",
])
def test_an_official_welcomed_is_hosted(annotate: Annotate, sentence: str) -> None:
    coded = [(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]]
    assert coded == [("CONSULT", "043")]


@pytest.mark.parametrize("sentence", [
    "The UN welcomed the decision.",
    "Kenya welcomed President Ruto's decision to withdraw.",
])
def test_a_welcomed_decision_is_praise(annotate: Annotate, sentence: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == ["051"]


def test_a_letter_received_is_no_visit(annotate: Annotate) -> None:
    assert annotate("The bank received Governor John Smith's letter.")["actions"] == []

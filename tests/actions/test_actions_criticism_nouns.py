"""Nouns of verbal attack (a BROADSIDE, a SWIPE, a TIRADE, a DIATRIBE, a JIBE) are criticism
(111), as the criticism and rebuke nouns of actions.tsv are; their light verb's subject made
them (models/actions_phrasal.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("The president launched a broadside at the central bank.", "president"),
    ("Erdogan took a swipe at Washington over the sanctions.", "Erdogan"),
    ("Lavrov delivered a tirade against the West.", "Lavrov"),
])
def test_verbal_attacks_are_criticism(annotate: Annotate, sentence: str, actor: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"]) for a in actions] == [
        ("ACCUSE", "111", actor)]


def test_a_card_swipe_is_none(annotate: Annotate) -> None:
    assert annotate("She paid with a card swipe.")["actions"] == []

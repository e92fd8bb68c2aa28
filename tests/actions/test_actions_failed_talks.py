"""Talks told as failed ("talks COLLAPSED", "negotiations BROKE DOWN", "the dialogue STALLED")
are halted negotiations, CAMEO 164 / SANCTION (annotate/actions/failed_talks.py and the talks
noun rows of models/actions_phrasal.tsv); talks held stay a negotiation (046)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actors"), [
    ("Talks between the government and the rebels collapsed on Tuesday.",
     ["government", "rebels"]),
    ("The negotiations between Kenya and Somalia broke down over the border dispute.",
     ["Kenya", "Somalia"]),
    ("Talks between Sudan and Chad stalled last week.", ["Sudan", "Chad"]),
])
def test_failed_talks_are_halted_negotiations(annotate: Annotate, sentence: str,
                                              actors: list[str]) -> None:
    # the two parties of the talks face each other: one halt between them
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"]) for a in actions] == [("SANCTION", "164")]
    assert [(a["actor"]["text"], a["target"]["text"]) for a in actions] == [tuple(actors)]


@pytest.mark.parametrize("sentence", [
    "Kenya and Somalia held talks in Nairobi on Monday.",
    "Talks between Kenya and Somalia broke up on Monday.",
])
def test_talks_held_or_ended_are_no_failure(annotate: Annotate, sentence: str) -> None:
    assert all(a["cameo"] != "164" for a in annotate(sentence)["actions"])


def test_a_collapsed_roof_is_none(annotate: Annotate) -> None:
    assert annotate("The roof of the talks venue collapsed.")["actions"] == []

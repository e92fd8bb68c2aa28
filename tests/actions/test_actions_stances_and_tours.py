"""Typical verbs of EVENTS.md the lexicon missed: a stance maintained or stuck to is a refusal
to yield (CAMEO 124, "maintain * position"), a tour concluded or begun a visit (042,
"start/conclude * visit/tour"), and a visit cut short a cancelled visit (161, actions.tsv's
row, whose "short" the parse reads as an adverb)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Iran maintained its stance on the nuclear talks.", ("REJECT", "124", "Iran")),
    ("Hamas stuck to its guns on the hostages.", ("REJECT", "124", "Hamas")),
    ("The president concluded a three-day tour of Asia.", ("CONSULT", "042", "president")),
    ("The prime minister embarked on a tour of Africa.", ("CONSULT", "042", "prime minister")),
    ("The minister cut short his visit to Paris.", ("REJECT", "161", "minister")),
])
def test_typical_verbs(annotate: Annotate, sentence: str, expected: tuple[str, ...]) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"]) for a in actions] == [expected]


@pytest.mark.parametrize("sentence", [
    "The company maintained its position as market leader.",
    "The army maintained its positions along the river.",
    "The band announced a world tour.",
    "The minister took reporters on a tour of the factory.",
    "The singer cut short her concert in Paris.",
])
def test_other_senses_are_none(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

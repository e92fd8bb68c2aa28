"""A clause with a subject of its own is no participle modifier, also where the parse hangs a
that-clause on the noun before it ("said in a statement THAT ETHIOPIA HAD VIOLATED its
airspace"); participles that describe a noun stay no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("The ministry said in a statement that Ethiopia had violated its airspace.",
     "violated", "128"),
    ("The ministry said in a report that Ethiopian jets had violated Kenyan airspace.",
     "violated", "128"),
])
def test_that_clause_on_a_noun_is_an_event(annotate: Annotate, sentence: str, trigger: str,
                                           cameo: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["trigger"], a["cameo"]) for a in actions] == [(trigger, cameo)]


@pytest.mark.parametrize("sentence", [
    "Athletes killed at the Games were honored on Sunday.",
    "The besieged town ran out of food.",
    "The plan, approved by parliament, angered the unions.",
])
def test_participles_that_describe_a_noun_give_nothing(annotate: Annotate,
                                                       sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

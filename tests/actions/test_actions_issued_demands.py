"""A demand or a call issued, made, renewed, repeated or reiterated is a demand (100: "issue *
demand") or an appeal (020) by the subject (models/actions_phrasal.tsv); oil demand, a phone
call made and a referee's call are none of them."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo", "actor"), [
    ("The opposition issued a demand for early elections.", "100", "opposition"),
    ("The rebels made fresh demands for the release of their leader.", "100", "rebels"),
    ("Kenya renewed its demand for the return of the artifacts.", "100", "Kenya"),
    ("China repeated its call for restraint.", "020", "China"),
    ("The UN reiterated its call for a ceasefire in Gaza.", "020", "UN"),
])
def test_demands_and_calls_made_again(annotate: Annotate, sentence: str, cameo: str,
                                      actor: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"]) for a in actions] == [
        ("REQUEST", cameo, actor)]


@pytest.mark.parametrize("sentence", [
    "Oil demand rose in March.",
    "The referee made a bad call in the final.",
])
def test_other_demands_and_calls_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_a_phone_call_made_stays_a_call(annotate: Annotate) -> None:
    actions = annotate("Biden made a phone call to Netanyahu.")["actions"]
    assert [(a["plover"], a["cameo"]) for a in actions] == [("CONSULT", "041")]

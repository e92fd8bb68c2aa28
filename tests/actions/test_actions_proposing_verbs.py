"""Typical verbs of EVENTS.md that the lexicon lacked (models/actions_phrasal.tsv): SUGGEST
and RECOMMEND with what they ask for are appeals, as "urge" is (020: "propose, suggest,
recommend"), and what they ask for did not happen; FORMALIZED ties (054), CAUTIONED Iran (130),
MASSED TANKS (154) and AWARDED a grant (071); other subjects and objects of the same verbs are
no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("France suggested new talks.", "026"),
    ("The UN recommended a truce.", "0256"),
    ("The envoy suggested the release of the prisoners.", "0253"),
])
def test_what_is_suggested_is_asked_for(annotate: Annotate, sentence: str, cameo: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [(cameo, "REQUEST")]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Iran and Saudi Arabia formalized their ties.", "SUPPORT", "054"),
    ("The army cautioned Iran against any attack.", "THREATEN", "130"),
    ("The army massed tanks near the border.", "MOBILIZE", "154"),
    ("Japan awarded a $20 million grant to Laos.", "AID", "071"),
])
def test_typical_verbs_code_their_type(annotate: Annotate, sentence: str, plover: str,
                                       cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert (plover, cameo) in coded


@pytest.mark.parametrize("sentence", [
    "Polls suggest that the president will win.",
    "The data suggest a slowdown in growth.",
    "Doctors recommended rest for the injured striker.",
    "The guide cautioned tourists against swimming.",
    "The museum won a grant from the foundation.",
])
def test_other_uses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

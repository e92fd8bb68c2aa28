"""A meeting set up, scheduled or arranged is a meeting agreed to, not held (036 AGREE: EVENTS.md
"schedule/set up * meeting"); a plan put forward is a proposal (020: "put forward * peace
plan") (models/actions_phrasal.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("The two sides set up a meeting for next week.", "AGREE", "036"),
    ("The ministers scheduled talks for March.", "AGREE", "036"),
    ("The envoy arranged a meeting between the two leaders.", "AGREE", "036"),
    ("Egypt put forward a new peace plan.", "REQUEST", "020"),
])
def test_meetings_arranged_and_plans_put_forward(annotate: Annotate, sentence: str,
                                                 plover: str, cameo: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"]) for a in actions] == [(plover, cameo)]


@pytest.mark.parametrize("sentence", [
    "The company set up a new subsidiary in Kenya.",
    "The team put forward a new striker.",
])
def test_other_things_set_up_or_put_forward_give_nothing(annotate: Annotate,
                                                         sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_calls_in_an_adjunct_are_not_arranged(annotate: Annotate) -> None:
    """Only what is arranged, its direct object or passive subject, is the meeting agreed to:
    the phone calls after which a visit was arranged stay calls held."""
    actions = annotate("The visit was arranged after weeks of phone calls between Macron and "
                       "Scholz.")["actions"]
    assert {(a["plover"], a["cameo"]) for a in actions} == {("CONSULT", "041")}

"""An event noun that is the subject of a passive light verb takes the verb's by-agent as its
actor, as the active takes the subject ("new sanctions were imposed on Moscow BY THE EU" as
"the EU imposed sanctions"); with no agent it still names no one
(annotate/actions/light_verbs.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "actor"), [
    ("New sanctions were imposed on Moscow by the EU.", "COERCE", "EU"),
    ("A curfew was imposed on the city by the army.", "COERCE", "army"),
    ("The aid was delivered to Gaza by the UN.", "AID", "UN"),
    ("Talks were held in Doha by the two sides.", "CONSULT", "two sides"),
    ("Fresh raids were carried out by Israeli jets on Tuesday.", "ASSAULT", "Israeli jets"),
])
def test_the_agent_of_a_passive_light_verb_is_the_actor(annotate: Annotate, sentence: str,
                                                        plover: str, actor: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["actor"]["text"]) for a in actions] == [(plover, actor)]


@pytest.mark.parametrize("sentence", [
    "Sanctions were imposed on Moscow in 2014.",
    "A curfew was imposed on the city.",
])
def test_with_no_agent_nobody_is_named(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_a_trigger_verb_keeps_its_passive_object(annotate: Annotate) -> None:
    """A verb with a row of its own ("condemned") acts on the noun: the noun is no event of
    the agent's."""
    actions = annotate("The attack was condemned by the United Nations.")["actions"]
    assert [(a["plover"], a["actor"]["text"]) for a in actions] == [("ACCUSE", "United Nations")]

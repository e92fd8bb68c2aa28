"""A relative clause with a parenthetical reporting clause ("the firms THAT officials say
moved ...") has the noun it modifies as its subject, and a force posture (CAMEO 15) needs a
party that has forces: a company's shipment is none (annotate/actions/forces.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .readers import actor_texts

Annotate = Callable[..., dict[str, Any]]


def codes(annotate: Annotate, sentence: str, trigger: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("The rebels that officials say attacked the convoy fled.",
     "attacked", "rebels"),
    ("The militia that officials say attacked the convoy fled into the hills.",
     "attacked", "militia"),
])
def test_a_parenthetical_relative_clause_has_its_noun_as_subject(
        annotate: Annotate, sentence: str, trigger: str, actor: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == [actor]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Two shipping firms moved the weapons across the Black Sea.", "moved"),
    ("The navy hired two shipping firms that officials say moved the weapons across the "
     "Black Sea.", "moved"),
    ("Acme Logistics Ltd. moved the missiles to the port.", "moved"),
    ("A trucking company deployed the rocket launchers near the border.", "deployed"),
])
def test_a_company_shows_no_force_posture(annotate: Annotate, sentence: str,
                                          trigger: str) -> None:
    assert codes(annotate, sentence, trigger) == []


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Russia moved the weapons across the Black Sea.", "moved", "Russia"),
    ("The army deployed the rocket launchers near the border.", "deployed", "army"),
    ("A private military company deployed troops near the border.", "deployed",
     "private military company"),
])
def test_a_party_with_forces_keeps_its_posture(annotate: Annotate, sentence: str, trigger: str,
                                               actor: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == [actor]
    assert all(c.startswith("15") for c in codes(annotate, sentence, trigger))

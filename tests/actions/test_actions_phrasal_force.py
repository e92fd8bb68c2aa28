"""Particle verbs and phrases of the material types (models/actions_phrasal.tsv): withdrawals
("DREW DOWN its troops"), disarming ("GAVE UP their weapons"), yielding ("CAVED IN to the
demands"), repression ("CLAMPED DOWN on"), pushbacks, attacks ("WIPED OUT a rebel unit",
"RAINED ROCKETS on", "HACKED ... TO DEATH"), shows of force ("SCRAMBLED JETS") and recalled
envoys; the same words in other senses are no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Britain drew down its troops in Iraq.", "RETREAT", "0874"),
    ("The US scaled back its military presence in Niger.", "RETREAT", "0874"),
    ("Moscow scaled back diplomatic ties with Oslo.", "SANCTION", "161"),
    ("The rebels gave up their weapons on Monday.", "RETREAT", "0873"),
    ("Fighters handed in 300 rifles to the police.", "RETREAT", "0873"),
    ("The junta caved in to the demands of the protesters.", "CONCEDE", "083"),
    ("The government gave in to the strikers' demands.", "CONCEDE", "083"),
    ("Authorities clamped down on the independent media.", "COERCE", "175"),
    ("Greece pushed back migrants at sea.", "COERCE", "174"),
    ("The coast guard turned back a boat carrying 80 migrants.", "COERCE", "174"),
    ("The army wiped out a rebel unit.", "ASSAULT", "190"),
    ("Militants rained rockets on the town.", "ASSAULT", "195"),
    ("The militants hacked two farmers to death.", "ASSAULT", "1823"),
    ("A mob stoned a woman to death.", "ASSAULT", "1823"),
    ("Police stepped up patrols in the capital.", "MOBILIZE", "150"),
    ("Taiwan scrambled jets to warn off Chinese aircraft.", "MOBILIZE", "154"),
    ("Russia moved tanks to the border.", "MOBILIZE", "154"),
    ("Kenya pulled its ambassador out of Uganda.", "SANCTION", "161"),
])
def test_phrasal_rows_of_force_code_their_type(annotate: Annotate, sentence: str, plover: str,
                                               cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert (plover, cameo) in coded


@pytest.mark.parametrize("sentence", [
    "The roof of the mine caved in on Tuesday.",
    "The company wiped out its losses in the third quarter.",
    "It rained for three days in the capital.",
    "The team stepped up its training before the final.",
    "The chef scrambled the eggs.",
    "The family moved to Boston last year.",
    "He gave up smoking last year.",
    "The student handed in her essay on time.",
    "The bank scaled back its forecast for growth.",
    "The driver turned back at the checkpoint.",
])
def test_other_senses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_hacking_into_computers_stays_cyber(annotate: Annotate) -> None:
    actions = annotate("Hackers hacked into the ministry's computers.")["actions"]
    assert [(a["plover"], a["cameo"]) for a in actions] == [("COERCE", "176")]

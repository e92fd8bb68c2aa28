"""Particle verbs and light verb + event noun phrases of the typical verbs EVENTS.md lists
(models/actions_phrasal.tsv): "handed BACK" as "handed over", "LOCKED UP" as "jailed",
"CALLED UP reservists" as "mobilized", "PROVIDED FUNDING" as aid; other senses of the same
words are no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _types(annotate: Annotate, sentence: str) -> set[str | None]:
    return {a["plover"] for a in annotate(sentence)["actions"] if not a["negated"]}


@pytest.mark.parametrize(("sentence", "plover"), [
    ("The rebels handed back the bodies of the soldiers.", "RETREAT"),
    ("Iran handed back the seized tanker to Greece.", "RETREAT"),
    ("Iran gave back the seized tanker to Greece.", "RETREAT"),
    ("Pakistan turned over the suspect to U.S. authorities.", "COOPERATE"),
    ("The militants turned over the hostages to the Red Cross.", "RETREAT"),
    ("Police locked up the protest leaders.", "COERCE"),
    ("The government called up 10,000 reservists.", "MOBILIZE"),
    ("Serbia raised the combat readiness of its army.", "MOBILIZE"),
    ("Dock workers walked off the job in Rotterdam.", "PROTEST"),
    ("The rebels brushed aside calls for a ceasefire.", "REJECT"),
    ("The junta shrugged off the threat of sanctions.", "REJECT"),
    ("The envoy sat down with Taliban leaders in Doha.", "CONSULT"),
    ("Kenya threw its weight behind the candidate.", "SUPPORT"),
    ("France came out in support of the plan.", "SUPPORT"),
    ("The senator came out in favor of the treaty.", "SUPPORT"),
    ("Japan provided funding for a new water plant in Kenya.", "AID"),
    ("The UN handed out food to refugees in Chad.", "AID"),
    ("The EU disbursed the first tranche to Ukraine.", "AID"),
    ("Japan committed $1 billion to the reconstruction of Ukraine.", "AGREE"),
    ("Canada committed 200 troops to the mission in Haiti.", "AGREE"),
])
def test_phrasal_rows_code_their_type(annotate: Annotate, sentence: str, plover: str) -> None:
    assert plover in _types(annotate, sentence)


@pytest.mark.parametrize("sentence", [
    "The striker shrugged off a knee injury to score twice.",
    "The team brushed aside their rivals in the final.",
    "She handed back the keys to the landlord.",
    "The pitcher walked off the mound after the inning.",
    "The actor came out as gay in an interview.",
    "The janitor locked up the building at night.",
    "The bank provided an update on its earnings.",
    "The couple sat down for dinner with friends.",
    "The man committed suicide in his cell.",
    "The gang committed a robbery in the city.",
    "The coach called up two young players for the match.",
])
def test_other_senses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []



@pytest.mark.parametrize(("sentence", "plover"), [
    ("Biden called up his French counterpart on Tuesday.", "CONSULT"),
    ("Rebel leaders sat down for talks with the government.", "CONSULT"),
    ("The World Bank granted a loan to Ghana.", "AID"),
    ("Germany provided humanitarian aid to Sudan on Monday.", "AID"),
])
def test_readings_the_new_rows_keep(annotate: Annotate, sentence: str, plover: str) -> None:
    """A particle row takes the verb from its rows without one: the phone call, the talks and
    the aid noun's own row stay as they were."""
    assert plover in _types(annotate, sentence)

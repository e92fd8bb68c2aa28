"""Light verb + noun phrases of endorsement ("LENT ITS SUPPORT to", "GAVE ITS BLESSING to", "gave
the green LIGHT to", "THREW ITS SUPPORT behind"), of force posture ("BEEFED UP SECURITY"), of
administrative sanctions ("STRIPPED ... OF HIS CITIZENSHIP", "REVOKED the licenses"), of
destruction ("LEVELED THE VILLAGE"), strikes ("DOWNED TOOLS") and shooting down ("DOWNED 20
DRONES"), from EVENTS.md's typical verbs (models/actions_phrasal.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Germany lent its support to the French proposal.", "SUPPORT", "051"),
    ("The Vatican gave its blessing to the peace deal.", "SUPPORT", "051"),
    ("Congress gave the green light to the arms sale.", "SUPPORT", "051"),
    ("Japan threw its support behind the resolution.", "SUPPORT", "051"),
    ("Poland beefed up security along the border.", "MOBILIZE", "150"),
    ("Authorities stripped the dissident of his citizenship.", "COERCE", "172"),
    ("The government revoked the licenses of two broadcasters.", "COERCE", "172"),
    ("The army leveled the village.", "ASSAULT", "1712"),
    ("Workers downed tools at the mine.", "PROTEST", "143"),
    ("Ukraine downed 20 Russian drones overnight.", "ASSAULT", "190"),
])
def test_phrases_code_their_type(annotate: Annotate, sentence: str, plover: str,
                                 cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert (plover, cameo) in coded


@pytest.mark.parametrize("sentence", [
    "The lawmaker was stripped of her committee post.",
    "The team leveled the score in the second half.",
    "He downed a pint of beer.",
    "The teacher gave approval to the students' project.",
    "The boxer was stripped of his title.",
])
def test_other_senses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_forces_beefed_up_keep_their_row(annotate: Annotate) -> None:
    coded = {(a["plover"], a["cameo"]) for a in
             annotate("Russia beefed up its forces near Finland.")["actions"]}
    assert ("MOBILIZE", "154") in coded

"""Rescuers and doctors sent to a country are humanitarian aid (073; EVENTS.md 070-075:
"airlift, rescue"; PLOVER AID: personnel), as supplies sent are (models/actions_phrasal.tsv);
troops and police keep their rows."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("France sent rescue teams to Morocco after the earthquake.", "Morocco"),
    ("Cuba sent 200 doctors to Italy.", "Italy"),
    ("Turkey dispatched rescuers to Syria.", "Syria"),
    ("Israel sent a team of doctors to Turkey.", "Turkey"),
])
def test_rescuers_and_doctors_sent_are_aid(annotate: Annotate, sentence: str,
                                           target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["target"]["text"]) for a in actions] == [
        ("AID", "073", target)]


@pytest.mark.parametrize(("sentence", "plover"), [
    ("Russia sent troops to the border.", "MOBILIZE"),
    ("Kenya sent police officers to Haiti.", "AID"),
])
def test_forces_sent_keep_their_rows(annotate: Annotate, sentence: str, plover: str) -> None:
    assert [a["plover"] for a in annotate(sentence)["actions"]] == [plover]


def test_a_letter_sent_to_a_doctor_is_no_aid(annotate: Annotate) -> None:
    assert annotate("The clinic sent the doctor a letter.")["actions"] == []

"""A meeting the clause's subject takes part in is the subject's: the consultation noun is a
prepositional adjunct of the verb ("flew to Kampala FOR TALKS with Museveni", "DURING A
MEETING with", "IN A PHONE CALL with"), with a with-phrase for the other side or after a verb
of motion or meeting. A request for talks, and a meeting named nowhere near the subject, stay
as they were. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def parties(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str | None, ...]]:
    return [(a["actor"]["text"] if a["actor"] else None,
             a["target"]["text"] if a["target"] else None)
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("The Kenyan president flew to Kampala for talks with Museveni.", "talks",
     [("Kenyan president", "Museveni")]),
    ("Ruto raised the issue during a meeting with Museveni in Nairobi.", "meeting",
     [("Ruto", "Museveni")]),
    ("Ruto expressed his condolences in a phone call with Museveni.", "call",
     [("Ruto", "Museveni")]),
    ("The Kenyan president flew to Kampala for talks.", "talks", [("Kenyan president", None)]),
    ("The foreign minister joined her Ugandan counterpart for a meeting with donors.",
     "meeting", [("foreign minister", "donors")]),
])
def test_a_meeting_in_an_adjunct_is_the_subjects(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, ...]]) -> None:
    assert parties(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # a call for talks asks for them: the request is the act
    ("Kenya called for talks with the rebels.", "called", [("Kenya", "rebels")]),
    ("Kenya called for talks with the rebels.", "talks", []),
    # an arrest at a meeting is no meeting of the police
    ("Police arrested 20 activists during a meeting with opposition leaders.", "meeting", []),
    # a meeting with a party of its own keeps it
    ("Kenya's foreign minister held a meeting with his Ugandan counterpart in Nairobi.",
     "meeting", [("Kenya's foreign minister", "his Ugandan counterpart")]),
])
def test_a_request_or_a_scene_stays(annotate: Annotate, sentence: str, trigger: str,
                                    expected: list[tuple[str | None, ...]]) -> None:
    assert parties(annotate, sentence, trigger) == expected

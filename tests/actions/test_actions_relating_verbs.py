"""The object of a relating verb after an event-noun subject ("Iran's seizure of the tanker
RAISED TENSIONS") is a state the event caused, not a party it was aimed at
(annotate/actions/nonevents.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def targets(annotate: Annotate, sentence: str, trigger: str) -> list[str | None]:
    return [a["target"]["text"] if a["target"] else None
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iran's seizure of the tanker raised tensions.", "seizure"),
    ("Iran's seizure of the tanker heightened fears in the region.", "seizure"),
    ("The seizure of the vessel by Iran stoked tensions.", "seizure"),
])
def test_a_caused_state_is_no_target(annotate: Annotate, sentence: str, trigger: str) -> None:
    found = targets(annotate, sentence, trigger)
    assert found == [None]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("Iran's seizure of the tanker angered Britain.", "seizure", "tanker"),
    ("Iran seized the tanker.", "seized", "tanker"),
])
def test_a_party_object_stays(annotate: Annotate, sentence: str, trigger: str,
                              target: str) -> None:
    assert targets(annotate, sentence, trigger) == [target]


def codes(annotate: Annotate, sentence: str, trigger: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize("sentence", [
    "The rebels' attack on the convoy raised fears.",
    "The bombing of the market raised concerns in the capital.",
])
def test_an_event_voices_no_comment(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence, "raised") == []


@pytest.mark.parametrize("sentence", [
    "Germany raised concerns about the attack.",
    "The senator raised doubts about the deal.",
])
def test_a_party_that_raises_concerns_comments(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence, "raised") == ["012"]

"""Refugees taken in: hosting, sheltering, housing, receiving or welcoming refugees or migrants
is asylum given (CAMEO 075, PLOVER AID), as admitting, accepting or taking them in already
was; hosting or receiving a leader stays a visit. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("France hosted 5,000 Ukrainian refugees last winter.", "hosted"),
    ("Germany welcomed a million migrants in 2015.", "welcomed"),
    ("Chad has received thousands of Sudanese refugees since April.", "received"),
])
def test_refugees_taken_in_are_given_asylum(annotate: Annotate, sentence: str,
                                            trigger: str) -> None:
    assert coded(annotate, sentence, trigger) == [("075", "AID")]


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "plover"), [
    ("Macron hosted Scholz at the Elysee Palace on Monday.", "hosted", "043", "CONSULT"),
    ("Greece received the Turkish foreign minister in Athens.", "received", "043", "CONSULT"),
    ("Germany welcomed the decision by France.", "welcomed", "051", "SUPPORT"),
])
def test_other_guests_and_welcomes_keep_their_codes(annotate: Annotate, sentence: str,
                                                    trigger: str, cameo: str,
                                                    plover: str) -> None:
    assert coded(annotate, sentence, trigger) == [(cameo, plover)]


def test_hosting_a_contest_is_still_no_event(annotate: Annotate) -> None:
    assert annotate("The city hosted the Olympics in 2012.")["actions"] == []

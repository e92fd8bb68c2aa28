"""Attacks in words and attacks with arms: an attack noun on a plan, law or remark, or one
called verbal or scathing, is criticism (CAMEO 111, ACCUSE), as the verb already was; an attack
on positions or on a group's leadership is armed (190, ASSAULT). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str, str | None]]:
    return [(a["cameo"], a["plover"], a["target"]["text"] if a["target"] else None)
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "target"), [
    ("The former finance minister launched a scathing attack on the central bank.",
     "central bank"),
    ("The senator launched a blistering attack on the budget on Thursday.", "budget"),
    ("Erdogan launched a verbal attack on the Dutch government.", "Dutch government"),
    ("The opposition leader's attack on the pension reform drew loud applause.",
     "pension reform"),
])
def test_an_attack_in_words_is_criticism(annotate: Annotate, sentence: str,
                                         target: str) -> None:
    assert coded(annotate, sentence, "attack") == [("111", "ACCUSE", target)]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Turkish jets attacked Kurdish positions in northern Iraq.", "attacked"),
    ("Israeli aircraft attacked the Hamas leadership in Gaza.", "attacked"),
    ("The army launched an attack on rebel positions near the border.", "attack"),
    ("Rebels launched an attack on the town of Goma on Sunday.", "attack"),
])
def test_an_attack_on_positions_or_a_leadership_is_armed(annotate: Annotate, sentence: str,
                                                        trigger: str) -> None:
    assert [(cameo, plover) for cameo, plover, _ in coded(annotate, sentence, trigger)] == [
        ("190", "ASSAULT")]


def test_a_heart_attack_is_still_no_event(annotate: Annotate) -> None:
    assert annotate("The senator suffered a mild heart attack on Monday.")["actions"] == []

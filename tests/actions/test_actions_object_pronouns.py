"""A pronoun object of the second of two verbs that share a subject takes up the first verb's
object: "police arrested three men and charged THEM" charges the three men (CAMEO 173),
"soldiers detained two journalists and beat THEM" beats them (182). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(a["cameo"], a["target"]["text"] if a["target"] else None)
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Police arrested three men on Tuesday and charged them.", "charged",
     [("173", "three men")]),
    ("Police arrested three men and charged them with murder.", "charged",
     [("173", "three men")]),
    ("Soldiers detained two journalists and beat them.", "beat",
     [("182", "two journalists")]),
])
def test_an_object_pronoun_takes_up_the_first_object(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str, str | None]]) -> None:
    assert coded(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger"), [
    # a singular object is no antecedent of "them", and a clause with its own subject is not
    # the first verb's
    ("Police stopped the car and searched them.", "searched"),
    ("Police arrested the suspect, and prosecutors charged them later.", "charged"),
    ("The team lost the final and the coach was fired.", "fired"),
])
def test_no_antecedent_no_action(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert coded(annotate, sentence, trigger) == []

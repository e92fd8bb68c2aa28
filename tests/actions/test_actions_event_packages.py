"""A package of an act is that act: "an aid package", "a sanctions package" name the aid or
the sanctions that the subject (or the possessor) unveils, approves or gives. The modifier that
says what kind of aid it is ("a MILITARY aid package") is no target. A package of anything
else ("a stimulus package") and a compound of another noun ("aid workers") stay no event.
Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


def _coded(annotate: Annotate, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(a["trigger"], a["plover"], a["actor"] and a["actor"]["text"],
             a["target"] and a["target"]["text"]) for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan's aid package to Nepal includes food supplies.",
     [("aid", "AID", "Japan", "Nepal")]),
    ("The Japanese government's assistance package consisted of rice and tents.",
     [("assistance", "AID", "Japanese government", None)]),
    ("The European Union approved a new sanctions package against Russia on Friday.",
     [("sanctions", "COERCE", "European Union", "Russia")]),
    ("Britain announced a humanitarian aid package for Sudan.",
     [("aid", "AID", "Britain", None)]),
    ("Washington unveiled a $2 billion military aid package for Ukraine.",
     [("aid", "AID", "Washington", None)]),
])
def test_a_package_of_an_act_is_the_act(annotate: Annotate, sentence: str,
                                        expected: list[tuple[str, str, str | None, str | None]]
                                        ) -> None:
    assert _coded(annotate, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Congress passed a stimulus package on Friday.",
    "Aid workers said the package had not arrived.",
    "The postal service delivered the package to the embassy.",
])
def test_other_packages_are_no_event(annotate: Annotate, sentence: str) -> None:
    assert actor_texts(annotate, sentence) == []

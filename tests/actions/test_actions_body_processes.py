"""Body processes: a trigger whose subject is a common noun naming no party and no people, and
whose subject or direct object is a part of a body, reports what happens in a body, no action
(models/body_nouns.tsv, annotate/actions/senses.py); attacks by people, and weapons that hit a
building's parts, still give their event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The parasite invaded the liver.",
    "The malaria parasite attacks red blood cells.",
    "White blood cells attacked the tumor.",
    "The worms invaded the intestines.",
    "The fungus invaded the lungs of the patients.",
])
def test_processes_of_a_body_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Rebels attacked the convoy near the border.", "190"),
    ("Gunmen shot the senator in the leg.", "193"),
    ("A missile hit the wing of the hospital.", "190"),
    ("The drone hit the building's wing.", "190"),
    # cells of a body as the subject only with an illness or a microbe as the object
    ("Sleeper cells attacked the base.", "190"),
    ("Terrorist cells attacked the embassy.", "190"),
])
def test_attacks_by_people_and_weapons_keep_their_event(annotate: Annotate, sentence: str,
                                                        cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

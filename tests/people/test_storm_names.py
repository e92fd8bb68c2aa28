"""A storm word the model takes into a name ("Cyclone Tracy", "Typhoon Haiyan", "Storm Ciara")
makes the name a storm's, not a person's; "Storm" is also a given name ("Storm Reid"), so
before a frequent surname it needs "Tropical", "Subtropical" or "Winter" before it."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "Darwin was flattened by Cyclone Tracy in 1974.",
    "Typhoon Haiyan killed 6,000 people.",
    "Tropical Storm Allison flooded Houston in 2001.",
    "Superstorm Sandy flooded the subway.",
    "Storm Ciara hit Britain in February.",
])
def test_a_storm_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


def test_a_person_named_storm_stays(annotate: Annotate) -> None:
    assert _mentions(annotate("Actress Storm Reid starred in the film.")) == ["Storm Reid"]


def test_a_storm_named_once_is_the_storm_all_through(annotate: Annotate) -> None:
    record = annotate("Typhoon Haiyan hit the Philippines in November 2013. Haiyan killed more "
                      "than 6,000 people. Relief workers said Haiyan was the strongest storm "
                      "they had seen.")
    assert _mentions(record) == []


def test_a_person_named_storm_keeps_her_later_mentions(annotate: Annotate) -> None:
    record = annotate("Actress Storm Reid starred in the film. Reid said the role was hard.")
    assert _mentions(record) == ["Storm Reid", "Reid"]


@pytest.mark.parametrize("text", [
    "The city was hit by cyclone Tracy in 1974. Tracy killed 71 people.",
    "After typhoon Haiyan, aid poured in. Haiyan killed 6,000.",
    "The remnants of tropical storm Allison flooded Houston. Allison dropped 40 inches of rain.",
])
def test_a_storm_word_in_small_letters_names_a_storm(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text", [
    "Asteroid Bennu may hit Earth. Bennu is 500 meters wide.",
    "The spacecraft flew past comet Wirtanen. Wirtanen is small.",
])
def test_a_comet_or_an_asteroid_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []

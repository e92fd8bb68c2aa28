"""Animals are no people: a name that an animal noun describes, right before it or in
apposition, names an animal (models/animal_nouns.tsv, from WordNet). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "The gorilla Koko died in 2018 at the sanctuary in California.",
    "Koko Mae, a western lowland gorilla, died in 2018.",
])
def test_a_name_an_animal_noun_describes_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize(("text", "mention"), [
    ("Bulls guard Zach LaVine scored 30 points on Friday.", "Zach LaVine"),
    ("Eagles quarterback Jalen Hurts threw for 300 yards.", "Jalen Hurts"),
    ("Bear Bryant coached Alabama for 25 seasons.", "Bear Bryant"),
])
def test_a_team_named_after_animals_or_an_animal_word_in_a_name_stays(annotate: Annotate,
                                                                       text: str,
                                                                       mention: str) -> None:
    assert _mentions(annotate(text)) == [mention]

"""A name right before a noun with which WordNet lists it as a term for a thing called after a
person (models/eponym_compounds.tsv: "Doppler effect", "Venn diagram") is part of the term, not
a mention of the person; the person named as such stays."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "The Doppler effect explains the change in pitch.",
    "The Geiger counter clicked loudly.",
    "A Venn diagram shows the overlap.",
    "The Erlenmeyer flask holds 250 milliliters.",
    "The Salk vaccine ended the epidemic.",
])
def test_a_name_in_a_term_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Jonas Salk tested the vaccine in 1954.", ["Jonas Salk"]),
    ("Christian Doppler described the effect in 1842.", ["Christian Doppler"]),
    ("Rick Ortega ran for president in 2012. Voters asked what an Ortega administration would "
     "do.", ["Rick Ortega", "Ortega"]),
])
def test_the_person_stays(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

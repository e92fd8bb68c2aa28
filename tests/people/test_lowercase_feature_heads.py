"""A full name that modifies a lower-case noun of a structure or a facility ("Charles de Gaulle
airport") names the place, not the person, as it does before the capitalised noun ("Thomas Hale
Dam"). A name before a verb or a preposition stays a person. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Charles de Gaulle airport was closed on Sunday.",
    "Flights from John F. Kennedy airport were delayed.",
    "The Simon Bolivar bridge links the two towns.",
])
def test_a_name_before_a_facility_noun_is_no_person(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["people"] == []


def test_a_name_before_a_verb_stays_a_person(annotate: Annotate) -> None:
    record = annotate("Thomas Hale spoke at the airport on Sunday.")
    assert [p["name"] for p in record["people"]] == ["Thomas Hale"]

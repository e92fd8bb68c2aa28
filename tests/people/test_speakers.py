"""A census given name that is the subject of a verb of saying is a person, though the model
labels nothing ("says Ana", "Ana said"); a place or a month that speaks is no given name.
Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "name"), [
    ('"I never wanted to leave," says Ana, who grew up in the village.', "Ana"),
    ("Ana said the water rose fast after midnight.", "Ana"),
])
def test_a_given_name_that_speaks_is_a_person(annotate: Annotate, sentence: str,
                                              name: str) -> None:
    assert [p["name"] for p in annotate(sentence)["people"]] == [name]


@pytest.mark.parametrize("sentence", [
    '"We will respond," Jordan said.',
    "April said nothing of the kind.",
])
def test_a_place_or_a_month_that_speaks_is_no_given_name(annotate: Annotate,
                                                         sentence: str) -> None:
    assert annotate(sentence)["people"] == []

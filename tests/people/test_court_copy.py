"""Court copy: a judge's postnominal initials are no person ("Roberts, C. J."), and a party of a
case name is a mention of a person the story already names ("Hale v. Ortiz")."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_judges_initials_are_no_person(annotate: Annotate) -> None:
    record = annotate("The opinion was written by Roberts, C. J., and joined by four justices.")
    assert "C. J." not in _mentions(record)
    assert "Roberts" in _mentions(record)


def test_initials_before_a_surname_stay_in_the_name(annotate: Annotate) -> None:
    record = annotate("The guard, C. J. Hale, scored 30 points on Sunday.")
    assert "C. J. Hale" in _mentions(record)


def test_a_party_of_a_case_after_in_is_the_person_named_before(annotate: Annotate) -> None:
    record = annotate("Nora Hale sued the city in 2019. The ruling in Hale v. Ortiz was unanimous.")
    assert [m["text"] for m in record["people"][0]["mentions"]] == ["Nora Hale", "Hale"]


@pytest.mark.parametrize("text", [
    "In Hale v. Ortiz, the court held that the search was unlawful.",  # parties unknown
    "The town of Hale sued the state. The ruling in Hale v. Ortiz was unanimous.",
])
def test_no_person_from_a_case_name_alone(annotate: Annotate, text: str) -> None:
    assert annotate(text)["people"] == []

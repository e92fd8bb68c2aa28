"""An abbreviated title before a one-word name that is also a title word ("Dr. King"): the
abbreviation is the title, the census surname after it the name."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _people(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(p["name"], p["title"]) for p in record["people"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr. King spoke to the crowd in Memphis on Thursday.", ("King", "Dr.")),
    ("Mr. Bishop declined to comment on the lawsuit.", ("Bishop", "Mr.")),
    ("Lt. Gen. King arrived in Kabul on Monday.", ("King", "Lt. Gen.")),
    ("Dr. Pope, a surgeon in Boston, said the patient had recovered.", ("Pope", "Dr.")),
])
def test_a_surname_that_is_a_title_word_after_an_abbreviation(annotate: Annotate, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert expected in _people(annotate(text))


@pytest.mark.parametrize("text", [
    "The team flew to St. Louis on Sunday.",  # "St." is a saint, not a title
    "Thank you, Mr. President, for the invitation.",  # a title in address names nobody
    '"Mr. Chancellor, the budget is late," the lawmaker said.',
])
def test_no_person_from_a_place_or_a_title_alone(annotate: Annotate, text: str) -> None:
    assert annotate(text)["people"] == []


def test_two_titles_in_a_chain_stay_titles(annotate: Annotate) -> None:
    record = annotate("Mr. Justice Holmes wrote the opinion for the court.")
    assert ("Holmes", "Mr. Justice") in _people(record)

"""A name of two words or more that ends in a common noun in the plural is a company, a field
or a group ("Tom Hale Tours", "Lopez Books"), as no person's name ends in one; frequent
surnames that are plurals ("Brooks", "Banks") and given names ("Carlos") stay."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_tour_company_is_no_person(annotate: Annotate) -> None:
    assert _mentions(annotate("Tom Hale Tours runs trips to the island.")) == []


def test_a_bookshop_is_no_later_mention(annotate: Annotate) -> None:
    record = annotate("Maria Lopez ran the Saturday stall. Maria sold maps, and Lopez Books in "
                      "Tucson gave her shelves.")
    assert "Lopez Books" not in _mentions(record)


@pytest.mark.parametrize("text, mentions", [
    ("Garth Brooks sang on Friday.", ["Garth Brooks"]),
    ("The mayor, Tom Sparks, said the plan would work.", ["Tom Sparks"]),
    ("Raul Castro met Juan Carlos in Madrid.", ["Raul Castro", "Juan Carlos"]),
    ("Sen. Ana Rivers said the plan would work.", ["Ana Rivers"]),
])
def test_plural_surnames_and_given_names_stay(annotate: Annotate, text: str,
                                              mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

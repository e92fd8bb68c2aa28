"""A name ending in a street suffix abbreviation of the U.S. Postal Service (models/
street_suffixes.tsv: "St", "Ave", "Sq") is a street in an address, not a person; "St." and
"Dr." before a name still open a place or a title."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "Mama Rosa, 45 Main St, serves pasta.",
    "The office is at 200 Lincoln Ave.",
    "The museum, 4 Washington Sq, opens at noon.",
])
def test_a_street_in_an_address_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Ana Ruiz met Dr. Tom Hale on Friday.", ["Ana Ruiz", "Tom Hale"]),
    ("Tom Hale and Dr. Ana Ruiz spoke on Friday.", ["Tom Hale", "Ana Ruiz"]),
    ("Ana Ruiz, St. Louis Cardinals pitcher, spoke on Friday.", ["Ana Ruiz"]),
])
def test_a_title_or_saint_after_a_name_stays_outside(annotate: Annotate, text: str,
                                                     mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

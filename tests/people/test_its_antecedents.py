"""A name that is the subject of a verb whose direct object holds "its" is a company or a thing,
as English refers to no person with "its" ("Morgan Stanley raised its target"); a person
whose sentence has "its" elsewhere stays, and so does one with a title."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "Charles Schwab cut its fees.",
    "Calvin Klein opened its first store in Paris.",
    "John Deere raised its forecast on Friday.",
    "Morgan Stanley raised its target on Friday. Morgan Stanley now expects growth of 2 "
    "percent.",
])
def test_the_antecedent_of_its_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Ana Ruiz praised the city and its people.", ["Ana Ruiz"]),
    ("Tom Hale sold the company and its assets.", ["Tom Hale"]),
    ("Ben Hale said its engine failed.", ["Ben Hale"]),
    ("Sen. Ana Ruiz cut its budget by 10 percent.", ["Ana Ruiz"]),
])
def test_a_person_stays(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

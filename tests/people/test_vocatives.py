"""The person spoken to: a census given name set off by commas after a greeting or an
interjection ("Thank you, Jill," she said)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _names(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record["people"]]


@pytest.mark.parametrize(("text", "name"), [
    ('"Thank you, Jill," she said after the vote.', "Jill"),
    ('"Look, Marcus, we have no money left," the mayor said.', "Marcus"),
    ('"Good morning, Anna," the guard said as the gates opened.', "Anna"),
])
def test_a_given_name_addressed_after_a_greeting_is_a_person(annotate: Annotate, text: str,
                                                             name: str) -> None:
    assert name in _names(annotate(text))


@pytest.mark.parametrize("text", [
    '"Thank you, Georgia!" the candidate told the crowd in Atlanta.',  # a state addressed
    '"Yes, Virginia, the budget has a surplus," the governor joked.',
    '"Hello, Cleveland!" the band\'s singer yelled from the stage.',  # a city: a rare given name
    '"Thank you, Dallas!" the singer shouted before the encore.',
    "Yes, Marcus was there, the coach said.",  # a subject, not a name set off by commas
    '"Hello, everybody," she said.',
    "Well, Paris, Texas, is a smaller town than Austin.",
])
def test_no_person_from_a_place_or_a_subject(annotate: Annotate, text: str) -> None:
    assert annotate(text)["people"] == []

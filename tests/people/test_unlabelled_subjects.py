"""A full name of the census lists (a given name and a surname) that the model leaves without
a label is a person when it is the subject of a verb; a job noun before it is no name word."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _names(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record["people"]]


@pytest.mark.parametrize(("text", "name"), [
    ("Ana Ruiz spoke on Friday.", "Ana Ruiz"),
    ("Photographer Ana Ruiz took the picture.", "Ana Ruiz"),
])
def test_an_unlabelled_full_name_as_subject(annotate: Annotate, text: str, name: str) -> None:
    assert name in _names(annotate(text))


@pytest.mark.parametrize("text", [
    "Grace Church held a service on Sunday.",
    "The Ana Ruiz Foundation said it would help.",
    "Ford Motor said profits rose.",
])
def test_no_person_in_a_name_of_a_thing(annotate: Annotate, text: str) -> None:
    assert _names(annotate(text)) == []

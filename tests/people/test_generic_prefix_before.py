"""A generic term that opens a place name ("Parque", "Museo", "Fort"; the place prefixes of
models/people_cues.tsv), right before a name the model stopped short of, makes it a place,
not a person; a saint's prefix does not."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "Parque Benito Juarez is a pleasant place for an evening stroll.",
    "Museo Frida Kahlo is in Coyoacan.",
])
def test_a_name_after_a_generic_place_term_is_a_place(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Frida Kahlo painted the portrait in 1940.", ["Frida Kahlo"]),
    ("Ana Ruiz visited Parque Central on Friday.", ["Ana Ruiz"]),
])
def test_a_person_stays(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

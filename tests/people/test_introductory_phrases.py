"""A noun phrase after a comma that is the subject of the next verb opens a new clause: it is
no apposition that would make the name before the comma a thing."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _names(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record["people"]]


@pytest.mark.parametrize(("text", "name"), [
    ("Under Charles III, the city grew quickly.", "Charles III"),
    ("After Tom Hale, the town elected a new mayor.", "Tom Hale"),
])
def test_a_name_before_a_new_clause(annotate: Annotate, text: str, name: str) -> None:
    assert name in _names(annotate(text))


@pytest.mark.parametrize("text", [
    "Cry Wolf, another horror film, opened on Friday.",
    "Tiger, the newest browser, was released on Monday.",
])
def test_a_thing_in_apposition_still_names_a_thing(annotate: Annotate, text: str) -> None:
    assert _names(annotate(text)) == []

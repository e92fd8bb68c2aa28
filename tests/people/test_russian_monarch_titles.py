"""The titles of a Russian monarch ("Czar", "Tsar", "Czarina") are titles, not name words."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _people(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(p["name"], p["title"]) for p in record["people"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Czar Peter the Great founded the city.", ("Peter the Great", "Czar")),
    ("Tsar Nicholas II abdicated in 1917.", ("Nicholas II", "Tsar")),
    ("Czarina Alexandra wrote to her husband every day.", ("Alexandra", "Czarina")),
])
def test_a_monarch_title(annotate: Annotate, text: str, expected: tuple[str, str]) -> None:
    assert expected in _people(annotate(text))


def test_a_surname_czar_stays_a_name(annotate: Annotate) -> None:
    assert ("Tom Czar", None) in _people(annotate("Tom Czar spoke on Friday."))

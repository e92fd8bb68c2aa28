"""A census given name and surname that the model labels a thing ("Georgia Hale" as ORG, the
surname a common word too) is a person when a person noun stands in apposition or as the
predicate; an organisation or a place with a noun of its own kind stays no person."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text, mentions", [
    ("Georgia Hale, a lawyer, said the plan was sound.", ["Georgia Hale"]),
    ("Georgia Hale is a lawyer in Atlanta.", ["Georgia Hale"]),
    ("Paris Hale, a teacher, said the plan was sound.", ["Paris Hale"]),
])
def test_a_census_pair_described(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


@pytest.mark.parametrize("text", [
    "Georgia Tech, a public university, won the game.",
    "Grace Church, a Baptist congregation, held a service.",
])
def test_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []

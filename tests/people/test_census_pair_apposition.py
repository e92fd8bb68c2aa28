"""A census given name and surname that the model labels a thing ("Georgia Hale" as ORG, the
surname a common word too) is a person when a person noun stands in apposition or as the
predicate, or when it is the subject of a verb whose object holds "his" or "her"; an
organisation or a place with a noun of its own kind, or with "its", stays no person."""

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


@pytest.mark.parametrize("text, mentions", [
    ("Rose Hale grew roses in her yard.", ["Rose Hale"]),
    ("Georgia Hale sold his company in 2010.", ["Georgia Hale"]),
    ("Lincoln Hale lives in Lincoln with his wife.", ["Lincoln Hale"]),
])
def test_a_census_pair_with_his_or_her(annotate: Annotate, text: str,
                                       mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


@pytest.mark.parametrize("text", [
    "Grace Church held its service on Sunday.",
    "Georgia Tech won its game.",
])
def test_its_stays_a_thing(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []

"""A name and a regnal number that the model leaves unlabelled is a person when it is the
subject of a verb ("Haakon VII fled"); a common word before a Roman numeral is not."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _names(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record["people"]]


@pytest.mark.parametrize(("text", "name"), [
    ("Haakon VII fled to London with his government.", "Haakon VII"),
])
def test_an_unlabelled_regnal_name_as_subject(annotate: Annotate, text: str, name: str) -> None:
    assert name in _names(annotate(text))


@pytest.mark.parametrize("text", [
    "World War II ended in 1945.",
    "Title IX requires equal funding for women's sports.",
    "So I went home early.",
])
def test_no_person_in_a_numbered_thing(annotate: Annotate, text: str) -> None:
    assert _names(annotate(text)) == []

"""An epithet of "the" and a capitalised word after a name, with no comma, is part of the name
("Peter the Great"); a noun phrase after a name is not."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _names(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record["people"]]


@pytest.mark.parametrize(("text", "name"), [
    ("Czar Peter the Great founded the city.", "Peter the Great"),
    ("Pliny the Elder died near the volcano.", "Pliny the Elder"),
])
def test_an_epithet_is_part_of_the_name(annotate: Annotate, text: str, name: str) -> None:
    assert any(found.endswith(name) for found in _names(annotate(text)))


@pytest.mark.parametrize(("text", "name"), [
    ("Tom Hale the Spanish minister spoke first.", "Tom Hale"),
    ("Ana Ruiz, the Spanish minister, spoke first.", "Ana Ruiz"),
])
def test_a_noun_phrase_after_a_name_is_no_epithet(annotate: Annotate, text: str,
                                                  name: str) -> None:
    assert name in _names(annotate(text))

"""A lone name after a possessive determiner is a thing or a kind called after a person ("my
Ortega was sweet"), not the person; after "a" it may be a member of a family ("a Kennedy")."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_drink_named_after_a_person_is_no_mention(annotate: Annotate) -> None:
    record = annotate('Rick Ortega ran for president in 2012. A bar named a cocktail after him. '
                      '"My Ortega was sweet," one patron said. "Our Ortega was too strong," '
                      'said another.')
    assert _mentions(record) == ["Rick Ortega"]


@pytest.mark.parametrize("text, mentions", [
    ("Rick Ortega ran for president in 2012. Voters asked what an Ortega administration would "
     "do. Ortega did not say.", ["Rick Ortega", "Ortega", "Ortega"]),
    ("Rick Ortega ran for president in 2012. Reporters told her Ortega had won.",
     ["Rick Ortega", "Ortega"]),
    ("Rick Ortega ran for president in 2012. Our candidate, Ortega, won.",
     ["Rick Ortega", "Ortega"]),
    ("Lena Ortega grew up in Lyon. Every house on the street belonged to an Ortega.",
     ["Lena Ortega", "Ortega"]),
    ("We pray to our God every morning.", ["God"]),
    ("Oh my God, he said, the roof is gone.", ["God"]),
])
def test_a_name_that_modifies_a_noun_or_follows_a_pronoun_stays(annotate: Annotate, text: str,
                                                                mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

"""AP's lower-case "chief" after the field of an office ("U.N. humanitarian chief", "the
agency's aid chief") is a title: the field words are its modifiers, and the organisation or
country before them its affiliation. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def people(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(p["name"], p["title"], p["affiliation"]) for p in record["people"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("U.N. humanitarian chief Tom Fletcher welcomed the truce.",
     ("Tom Fletcher", "humanitarian chief", "IGO")),
    ("Tom Fletcher, the U.N. aid chief, welcomed the truce.",
     ("Tom Fletcher", "aid chief", "IGO")),
    ("Kenyan prisons chief Grace Wanjiru toured the jail on Friday.",
     ("Grace Wanjiru", "prisons chief", "KEN")),
])
def test_a_field_chief_is_a_title(annotate: Annotate, sentence: str,
                                  expected: tuple[str, str, str]) -> None:
    assert people(annotate(sentence)) == [expected]


def test_a_chief_of_a_tribe_keeps_the_capitalised_title(annotate: Annotate) -> None:
    record = annotate("Chief Tom Fletcher opened the council on Friday.")
    assert [name for name, _, _ in people(record)] == ["Tom Fletcher"]

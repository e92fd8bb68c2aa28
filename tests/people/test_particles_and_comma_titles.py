"""Two slips of a name's edges. A name never ends on a lower-case particle: where the model's
span stops at one ("Ursula von der" + "Leyen"), the capitalised word after it is the name's.
And a title before a comma is not chained to the title after it: "the army chief, Gen. Ali
Musa" has the title "Gen.", though the office before the comma still gives his country. Short
original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def people(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(p["name"], p["title"], p["affiliation"]) for p in record["people"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ursula von der Leyen met the Chinese premier on Monday.",
     ("Ursula von der Leyen", None, None)),
    ("European Commission President Ursula von der Leyen met the Chinese premier.",
     ("Ursula von der Leyen", "President", "IGO")),
])
def test_a_name_does_not_end_on_a_particle(annotate: Annotate, sentence: str,
                                           expected: tuple[str, str | None, str | None]) -> None:
    assert people(annotate(sentence))[0] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Ugandan army chief, Gen. Ali Musa, visited the front.", ("Ali Musa", "Gen.", "UGA")),
    ("Kenya's top military commander, Gen. Grace Wanjiru, visited the front.",
     ("Grace Wanjiru", "Gen.", "KEN")),
])
def test_a_title_is_not_chained_across_a_comma(annotate: Annotate, sentence: str,
                                               expected: tuple[str, str, str]) -> None:
    assert people(annotate(sentence)) == [expected]

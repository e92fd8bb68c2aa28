"""A title's country across the words that name the body the office belongs to (issue 13,
affiliation): "Uganda's ARMY spokesman", "the Russian FOREIGN MINISTRY spokeswoman". The
parse attaches such words inside the title (compound or adjective); a country word before
them is still the title's affiliation. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def people(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(p["name"], p["title"], p["affiliation"]) for p in record["people"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Uganda's army spokesman, Felix Okello, denied the report on Monday.",
     ("Felix Okello", "army spokesman", "UGA")),
    ("Felix Okello, Uganda's army spokesman, denied the report on Monday.",
     ("Felix Okello", "army spokesman", "UGA")),
    ("Felix Okello, the Ugandan army spokesman, denied the report on Monday.",
     ("Felix Okello", "army spokesman", "UGA")),
    ("Ugandan army spokesman Felix Okello denied the report on Monday.",
     ("Felix Okello", "army spokesman", "UGA")),
    ("Nigeria's police spokesman, Bola Adeyemi, said the men were released.",
     ("Bola Adeyemi", "police spokesman", "NGA")),
    ("Russia's foreign ministry spokeswoman, Irina Volkova, rejected the claim.",
     ("Irina Volkova", "foreign ministry spokeswoman", "RUS")),
])
def test_a_body_between_country_and_title_keeps_the_country(annotate: Annotate, sentence: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert people(annotate(sentence)) == [expected]


def test_a_title_without_a_country_still_has_none(annotate: Annotate) -> None:
    record = annotate("Army spokesman Felix Okello denied the report on Monday.")
    assert [(name, affiliation) for name, _, affiliation in people(record)] == [
        ("Felix Okello", None)]

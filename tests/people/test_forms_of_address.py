"""A form of address (models/forms_of_address.tsv: "Herr", "Señora", "Count", "Uncle") is
stripped from the front of a name already taken as a person and becomes the title; it never
finds a person by itself. Forms that are also frequent given names ("Dean", "Earl", "Don")
stay in the name."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _people(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(p["name"], p["title"]) for p in record["people"]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Count Tom Hale arrived in Vienna on Monday.", [("Tom Hale", "Count")]),
    ("Herr Klaus Weber said the plant would close.", [("Klaus Weber", "Herr")]),
    ("Madame Claire Dubois opened the gallery in 1990.", [("Claire Dubois", "Madame")]),
    ("Baron Tom Hale sold the estate.", [("Tom Hale", "Baron")]),
    ("Miss Ana Ruiz taught first grade for 30 years.", [("Ana Ruiz", "Miss")]),
    ("Señora Lucia Ortiz opened the shop.", [("Lucia Ortiz", "Señora")]),
    ("Uncle Tom Hale told stories at dinner.", [("Tom Hale", "Uncle")]),
    ("Signora Maria Conti said the shop would stay open.", [("Maria Conti", "Signora")]),
])
def test_a_form_of_address_is_the_title_not_the_name(annotate: Annotate, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _people(annotate(text)) == expected


@pytest.mark.parametrize(("text", "mentions"), [
    ("Dean Martin sang at the club for years.", ["Dean Martin"]),
    ("Earl Thomas scored twice in the second half.", ["Earl Thomas"]),
    ("Dean Tom Hale welcomed the new students.", ["Dean Tom Hale"]),
    ("Don Ortiz starred in the series for five seasons.", ["Don Ortiz"]),
    ("The poster showed Uncle Sam pointing at the reader.", []),
    ("Canon EOS cameras sold well last year.", []),
    ("Tourists lined up outside Madame Tussauds on Friday.", []),
])
def test_given_names_stay_and_forms_find_no_one(annotate: Annotate, text: str,
                                                mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("Frau Ana Ruiz met reporters in Berlin.", [("Ana Ruiz", "Frau")]),
    ("Monsieur Paul Girard told reporters the talks failed.", [("Paul Girard", "Monsieur")]),
])
def test_a_census_full_name_after_a_form_of_address_is_a_person(
        annotate: Annotate, text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(annotate(text)) == expected

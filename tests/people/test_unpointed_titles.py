"""Abbreviated titles written without full points, as British copy writes them ("Dr Ana
Ruiz", "Lt Col Tom Hale"): the title stays out of the name, as "Dr." does."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text, mentions", [
    ("The report was written by Mr Tom Hale and Dr Ana Ruiz last year.",
     ["Tom Hale", "Ana Ruiz"]),
    ("Mrs Hale resigned in 1990, and Mr Ortiz took over.", ["Hale", "Ortiz"]),
    ("Ms Ruiz said the plan would fail.", ["Ruiz"]),
    ("Lt Col Tom Hale led the unit across the river.", ["Tom Hale"]),
    ("Capt Ana Ruiz flew the plane to Lisbon.", ["Ana Ruiz"]),
])
def test_an_unpointed_title_stays_out_of_the_name(annotate: Annotate, text: str,
                                                   mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


def test_an_unpointed_title_is_the_persons_title(annotate: Annotate) -> None:
    person = annotate("Dr Ana Ruiz opened the clinic on Monday.")["people"][0]
    assert (person["name"], person["title"]) == ("Ana Ruiz", "Dr")


@pytest.mark.parametrize("text, mentions", [
    ("Hun Sen met the envoy on Monday.", ["Hun Sen"]),  # "Sen" is a surname, no title
    ("Amartya Sen won the prize in 1998. Sen said the award surprised him.",
     ["Amartya Sen", "Sen"]),
    ("Gen Z shoppers spend less on cars.", []),
    ("Riders climbed the Col du Tourmalet on Friday.", []),
    ("Dr. Ana Ruiz, a chemist, taught for 30 years.", ["Ana Ruiz"]),
])
def test_names_and_words_like_unpointed_titles_stay(annotate: Annotate, text: str,
                                                    mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

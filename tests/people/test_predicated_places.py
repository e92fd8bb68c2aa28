"""A name that is the subject of "be" whose complement is a place noun ("is a small island",
"is the largest of the islands") is a place being introduced, not a person; a person whose
complement is a person noun stays."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_the_largest_of_the_islands_is_no_person(annotate: Annotate) -> None:
    assert _mentions(annotate("Marie-Galante is the largest of the islands.")) == []


def test_a_given_name_that_is_a_city_is_no_later_mention(annotate: Annotate) -> None:
    record = annotate("Austin Reed founded the band in Austin, Texas. Reed said Austin was a "
                      "good city for music. The band left Austin in 2001.")
    assert _mentions(record) == ["Austin Reed", "Reed"]


@pytest.mark.parametrize("text, mentions", [
    ("Ana Ruiz is the mayor of the town.", ["Ana Ruiz"]),
    ("Tom Hale was the best of the players, the coach said.", ["Tom Hale"]),
    ("Ana Ruiz is a native of the island.", ["Ana Ruiz"]),
])
def test_a_person_described_stays(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


def test_a_one_word_place_introduced_so_is_a_place_all_through(annotate: Annotate) -> None:
    record = annotate("Nelson\nNelson is a small city at the top of the South Island. Nelson "
                      "has more sunshine than any other city in the country. Buses leave Nelson "
                      "every hour.")
    assert _mentions(record) == []


@pytest.mark.parametrize("text, mentions", [
    ("Horatio Nelson won the battle in 1805. Nelson died on board. Sailors carried Nelson home.",
     ["Horatio Nelson", "Nelson", "Nelson"]),
    ("Nelson is a small city. Admiral Nelson visited it in 1805.", ["Nelson"]),
])
def test_a_person_of_the_same_name_stays(annotate: Annotate, text: str,
                                         mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

"""A named place seized, captured or overrun is territory taken (CAMEO 192), also where the
model tags the name a person: a PERSON tag on a place of the gazetteer names no people, so
"rebels seized Goma" is no abduction. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    ("Rebels seized Goma after two days of heavy fighting.", "seized", "Rebels", "Goma"),
    ("Rebels captured Bunia on Sunday.", "captured", "Rebels", "Bunia"),
])
def test_a_named_place_seized_is_territory_taken(annotate: Annotate, sentence: str,
                                                 trigger: str, actor: str, target: str) -> None:
    assert party_texts(annotate(sentence)) == [(trigger, "192", "ASSAULT", actor, target)]


@pytest.mark.parametrize(("sentence", "cameo"), [
    # guards: people seized stay an abduction or an arrest; protesters in a square take no
    # territory (a FAC entity is no object:place)
    ("Gunmen seized Grace Wanjiru near her home.", "181"),
    ("Police seized the ship's captain on Monday.", "173"),
])
def test_people_seized_stay_people(annotate: Annotate, sentence: str, cameo: str) -> None:
    assert [a[1] for a in party_texts(annotate(sentence))] == [cameo]


def test_protesters_in_a_square_take_no_territory(annotate: Annotate) -> None:
    assert [a for a in party_texts(annotate("Protesters occupied Tahrir Square on Friday."))
            if a[1] == "192"] == []

"""A name its apposition calls a place ("KHERSON, a port CITY") is territory seized (CAMEO 192),
not people arrested or abducted, whatever the model tagged it. Short original sentences in AP
style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Russian forces captured Kherson, a port city on the Dnieper.",
    "Rebels seized Kidal, a town in northern Mali.",
])
def test_a_name_called_a_place_is_territory(annotate: Annotate, sentence: str) -> None:
    assert [(a[1], a[2]) for a in coded(annotate(sentence))] == [("192", "ASSAULT")]


@pytest.mark.parametrize(("sentence", "cameo"), [
    # guards: a person in apposition stays a person; a place noun object stays a place
    ("Police captured Jose Ruiz, a senior rebel commander, in Bogota.", "173"),
    ("Rebels seized Jose Ruiz, the mayor of the town.", "181"),
    ("Russian forces captured the city of Kherson on Friday.", "192"),
])
def test_people_and_places_stay_as_they_were(annotate: Annotate, sentence: str,
                                             cameo: str) -> None:
    assert coded(annotate(sentence))[0][1] == cameo

"""Verbs of taking (seize, capture, grab, snatch) whose direct object names people: an arrest
(CAMEO 173, COERCE/arrest) when police, security forces or a state take them, an abduction
(CAMEO 181, ASSAULT/abduct) when anyone else does (EVENTS.md 17 and 18). The direct object
outranks a place in an adjunct ("near the border"), which is no territory seized. Short
original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]



@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rebels seized two aid workers near the border on Monday.",
     [("seized", "181", "ASSAULT", "Rebels", "two aid workers")]),
    ("Gunmen grabbed a businessman outside his home.",
     [("grabbed", "181", "ASSAULT", "Gunmen", "businessman")]),
    ("Rebels captured three soldiers.",
     [("captured", "181", "ASSAULT", "Rebels", "three soldiers")]),
    ("Gunmen snatched two nurses from a clinic.",
     [("snatched", "181", "ASSAULT", "Gunmen", "two nurses")]),
])
def test_people_taken_by_others_are_abducted(annotate: Annotate, sentence: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police seized the ship's captain.",
     [("seized", "173", "COERCE", "Police", "ship's captain")]),
    ("Troops captured 20 militants.", [("captured", "173", "COERCE", "Troops", "20 militants")]),
    ("Iran seized two British sailors in the Gulf.",
     [("seized", "173", "COERCE", "Iran", "two British sailors")]),
])
def test_people_taken_by_the_state_are_arrested(annotate: Annotate, sentence: str,
                                                expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rebels seized the town on Monday.", [("seized", "192", "ASSAULT", "Rebels", "town")]),
    ("The party seized power in 1969.", []),
    ("Police seized 40 kilograms of cocaine.", []),
    ("The company grabbed a larger share of the market.", []),
    ("The film captured the mood of the country.", []),
])
def test_things_and_places_taken(annotate: Annotate, sentence: str,
                                 expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gunmen seized a bus near the border.", []),
    ("Militants captured a truck at the crossing on Sunday.", []),
])
def test_a_place_beside_the_direct_object_is_where(annotate: Annotate, sentence: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rebels seized the airport near the capital.",
     [("seized", "192", "ASSAULT", "Rebels", "airport")]),
    ("Police took the suspect into custody.",
     [("took", "173", "COERCE", "Police", "suspect")]),
])
def test_the_direct_object_still_selects(annotate: Annotate, sentence: str,
                                         expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected

"""Forces or police sent to another country: CAMEO 074, provide military protection or
peacekeeping (PLOVER AID), aimed at the country of destination; a promise to send them is
0334. Troops sent to a border, a region or a place of their own country stay a mobilisation
(154). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def dyads(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["plover"], a["actor"] and a["actor"]["country"],
             a["target"] and a["target"]["country"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Burundi sent 300 police officers to Somalia.", [("sent", "074", "AID", "BDI", "SOM")]),
    ("Rwanda deployed 1,000 troops to Mozambique.",
     [("deployed", "074", "AID", "RWA", "MOZ")]),
    ("Senegal dispatched soldiers to the Central African Republic.",
     [("dispatched", "074", "AID", "SEN", "CAF")]),
    ("Ghana will send soldiers to Liberia.", [("send", "0334", "AGREE", "GHA", "LBR")]),
])
def test_forces_sent_to_another_country(annotate: Annotate, sentence: str,
                                        expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia sent troops to the border.", [("sent", "154", "MOBILIZE", "RUS", None)]),
    ("Moscow sent troops to Ukraine's border.", [("sent", "154", "MOBILIZE", "RUS", "UKR")]),
    ("Nigeria sent troops to Nigeria's northeast.",
     [("sent", "154", "MOBILIZE", "NGA", "NGA")]),
    ("Kenya sent a letter to Haiti.", []),
])
def test_forces_sent_elsewhere_stay_a_mobilisation(annotate: Annotate, sentence: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


# Forces or heavy arms sent INTO another country, or to it with a hostile aim beside the
# verb: entry by force, CAMEO 192 + ASSAULT as an invasion (not AID), aimed at that country.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Belarus sent troops into Lithuania on Friday.",
     [("sent", "192", "ASSAULT", "BLR", "LTU")]),
    ("Armenia sent tanks across the border into Azerbaijan.",
     [("sent", "192", "ASSAULT", "ARM", "AZE")]),
    ("Eritrea dispatched forces into northern Ethiopia last year.",
     [("dispatched", "192", "ASSAULT", "ERI", "ETH")]),
    ("Uganda sent troops to Sudan to overthrow its government.",
     [("sent", "192", "ASSAULT", "UGA", "SDN")]),
    ("Rwanda sent soldiers to Burundi without the consent of its government.",
     [("sent", "192", "ASSAULT", "RWA", "BDI")]),
])
def test_forces_sent_into_another_country_are_an_entry_by_force(
        annotate: Annotate, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the host asked for them, or they came to help: still 074 aimed at the host
    ("Chad sent troops into Niger at the request of the government in Niamey.",
     [("sent", "074", "AID", "TCD", "NER")]),
    ("Zambia sent soldiers into Malawi to help the flood victims.",
     [("sent", "074", "AID", "ZMB", "MWI")]),
    ("Ghana sent troops into Liberia on a peacekeeping mission.",
     [("sent", "074", "AID", "GHA", "LBR")]),
    # another aim than invasion: a show of force, as before
    ("France sent troops into Gabon to evacuate its citizens.",
     [("sent", "154", "MOBILIZE", "FRA", "GAB")]),
    # tanks sent TO a country are arms aid; troops sent into a place of no named country stay
    # a mobilisation; aid trucks are no forces
    ("Norway sent tanks to Estonia.", [("sent", "072", "AID", "NOR", "EST")]),
    ("The army sent troops into the streets of the capital.",
     [("sent", "154", "MOBILIZE", None, None)]),
    ("Jordan sent aid trucks into Syria.", []),
])
def test_forces_sent_into_a_country_that_asked_for_them_or_to_a_place(
        annotate: Annotate, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


# Forces or arms sent to do violence: the sending is the armed attack (190), aimed at what the
# purpose names, not arms aid or a show of force; where the purpose's own verb is coded as
# violence, that verb is the one event.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Turkey sent warplanes to destroy a Kurdish weapons factory.",
     [("sent", "190", "ASSAULT", "TUR", None)]),
    ("Egypt dispatched drones to destroy a smugglers' warehouse in Libya.",
     [("dispatched", "190", "ASSAULT", "EGY", "LBY")]),
    ("Ethiopia sent bombers to strike rebel positions in Tigray.",
     [("strike", "190", "ASSAULT", "ETH", "ETH")]),
])
def test_forces_sent_to_do_violence_are_the_attack(annotate: Annotate, sentence: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # sent to a country to fight someone there, or to help: they serve that country
    ("Rwanda will send troops to Mozambique to fight insurgents.",
     [("send", "0334", "AGREE", "RWA", "MOZ"), ("fight", "190", "ASSAULT", "RWA", None)]),
    ("Denmark sent fighter jets to Lithuania to protect its airspace.",
     [("sent", "072", "AID", "DNK", "LTU")]),
])
def test_forces_sent_to_fight_for_a_country_serve_it(annotate: Annotate, sentence: str,
                                                     expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


# The forces of a named country moving into another as the subject of a verb of movement:
# the same entry by force (CAMEO 192 "enter (by force)").
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Armenian tanks rolled into Azerbaijan overnight.",
     [("rolled", "192", "ASSAULT", "ARM", "AZE")]),
    ("Sudanese troops crossed into Chad on Sunday.", [("crossed", "192", "ASSAULT", "SDN", "TCD")]),
    ("Rwandan soldiers entered Burundi last week.", [("entered", "192", "ASSAULT", "RWA", "BDI")]),
])
def test_forces_moving_into_another_country_are_an_entry_by_force(
        annotate: Annotate, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # no country of the forces, a region only, or the host asked for them: no entry by force
    "Troops entered the city on Monday.",
    "Ethiopian forces moved into Tigray.",
    "Kenyan troops entered Somalia at the request of its government.",
])
def test_other_movements_of_forces_are_no_entry_by_force(annotate: Annotate,
                                                         sentence: str) -> None:
    assert dyads(annotate, sentence) == []

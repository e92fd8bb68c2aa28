"""Actor and target extraction: the party behind a request or offer, demands stated as "Y must",
a demand noun with its content clause, parties placed by "based in", places of the gazetteer,
and the "decline" rows that take only a direct object or an infinitive. Short original
sentences; each case says what must be coded, or what must not.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.gazetteer import load_gazetteer

from ..conftest import coded as coded_actions

Annotate = Callable[..., dict[str, Any]]


def coded(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(trigger, cameo root, actor country, target country) per action."""
    return [(trigger, cameo[:2], actor, target)
            for trigger, cameo, _, actor, target, *_ in coded_actions(record)]


# -- the party who called, demanded, appealed or offered is the target of the response ------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bonn rejected calls by Moscow for new talks.", ("rejected", "12", "DEU", "RUS")),
    ("Turkey accepted demands from the European Union to reform its courts.",
     ("accepted", "08", "TUR", "IGO")),
    ("Japan welcomed an offer by China to hold talks.", ("welcomed", "05", "JPN", "CHN")),
    ("Egypt refused to respond to a demand from the United States.",
     ("refused", "12", "EGY", "USA")),
    ("The proposal from Iran was rejected by Saudi Arabia.", ("rejected", "12", "SAU", "IRN")),
])
def test_response_targets_the_proposer(annotate: Annotate, sentence: str,
                                       expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


def test_an_appeal_from_a_party_is_that_partys_appeal(annotate: Annotate) -> None:
    actions = coded(annotate("Serbia ignored appeals from Russia to halt the offensive."))
    assert ("appeals", "02", "RUS", None) in actions


@pytest.mark.parametrize("sentence", [
    "Iran rejected calls for talks.",  # nobody named behind the calls
    "Israel rejected an offer from the rebels.",  # a group with no country
    "Syria rejected the report by the committee.",  # a report is no request
])
def test_response_without_a_named_proposer_has_no_target_country(annotate: Annotate,
                                                                  sentence: str) -> None:
    for _, root, _, target in coded(annotate(sentence)):
        if root == "12":
            assert target is None


# -- "X said Y must ...": a demand on Y -------------------------------------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia said on Tuesday that Sudan must return the captured helicopter.",
     ("said", "10", "RUS", "SDN")),
    ("The Egyptian president declared that Israel must halt the raids.",
     ("declared", "10", "EGY", "ISR")),
    ("France told Iraq that it must cooperate with the inspectors.",
     ("told", "10", "FRA", "IRQ")),
])
def test_must_clause_is_a_demand(annotate: Annotate, sentence: str,
                                 expected: tuple[Any, ...]) -> None:
    actions = coded(annotate(sentence))
    assert expected in actions
    # what the demand asks for is its content, not an event of its own
    assert [a for a in actions if a[1] != "10"] == []


@pytest.mark.parametrize("sentence", [
    "Iran said it must defend itself.",  # the speaker's own obligation
    "The minister said there must be more teachers.",  # no party is asked
    "Analysts said prices must fall.",  # prices are no party
    "Russia said Sudan should return the helicopter.",  # "should" is advice, not a demand
])
def test_must_clause_without_an_addressed_party_is_no_demand(annotate: Annotate,
                                                             sentence: str) -> None:
    assert all(root != "10" for _, root, _, _ in coded(annotate(sentence)))


def test_demand_noun_with_its_content_clause(annotate: Annotate) -> None:
    actions = coded(annotate("The ILO repeated its demand that Israel ease limits on workers."))
    assert ("demand", "10", "IGO", "ISR") in actions


@pytest.mark.parametrize("sentence", [
    "Oil demand fell sharply in March.",
    "The demand that he made was never met.",
])
def test_demand_noun_alone_is_no_demand(annotate: Annotate, sentence: str) -> None:
    assert all(root != "10" for _, root, _, _ in coded(annotate(sentence)))


# -- parties placed by "based in" and by the places of the gazetteer ------------------------
def test_based_in_gives_the_party_its_country(annotate: Annotate) -> None:
    actions = coded(annotate("A militant group based in Karachi threatened to attack India."))
    assert ("threatened", "13", "PAK", "IND") in actions


def test_a_place_in_the_gazetteer_places_a_domestic_group(annotate: Annotate) -> None:
    assert ("demonstrated", "14", "SYR", "SYR") in coded(
        annotate("Students demonstrated in Aleppo on Friday."))


@pytest.mark.parametrize(("alias", "code"), [
    ("Kirkuk", "IRQ"), ("Darfur", "SDN"), ("Chechnya", "RUS"), ("Istanbul", "TUR"),
    ("Hebron", "PSE"), ("Geneva", "CHE"),
])
def test_places_are_in_the_gazetteer(alias: str, code: str) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup(alias) == code and gazetteer.kind(alias) == "place"


# -- "decline" rows take only a direct object or an infinitive ------------------------------
@pytest.mark.parametrize("sentence", [
    "Oil prices declined after the talks in Vienna.",
    "Shares declined on the offer.",
    "Exports declined during the negotiations.",
])
def test_decline_with_a_prepositional_object_is_no_refusal(annotate: Annotate,
                                                           sentence: str) -> None:
    assert all(a["trigger"] != "declined" for a in annotate(sentence)["actions"])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Iran declined the invitation to the talks.", ("declined", "12", "IRN", None)),
    ("Ukraine declined the offer.", ("declined", "12", "UKR", None)),
    ("The offer was declined by Iran.", ("declined", "12", "IRN", None)),
])
def test_decline_with_a_direct_object_is_a_refusal(annotate: Annotate, sentence: str,
                                                   expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))

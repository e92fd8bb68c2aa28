"""Constructions that name a party, on short original sentences: a whole name, a name the
layers miss, two parties agreeing on a thing, the place of a verb's object, what an attack's
participle targets, an organisation the gazetteer lacks."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def action_of(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    return next(a for a in annotate(sentence)["actions"] if a["trigger"] == trigger)


def target_text(action: dict[str, Any]) -> str | None:
    return action["target"]["text"] if action["target"] else None


def test_a_named_party_is_its_whole_name(annotate: Annotate) -> None:
    action = action_of(annotate, "The Organization of African Unity said it would investigate "
                                 "the killings.", "investigate")
    assert action["actor"]["text"] == "Organization of African Unity"


def test_a_demand_is_aimed_at_a_name_the_layers_miss(annotate: Annotate) -> None:
    action = action_of(annotate, "Several lawmakers demanded that Yediyurappa step down as chief "
                                 "minister.", "demanded")
    assert target_text(action) == "Yediyurappa"


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    ("India and Pakistan agreed to a cease-fire along the border.", "agreed", "India",
     "Pakistan"),
    ("Serbia and Kosovo failed to agree on the license plates.", "agree", "Serbia", "Kosovo"),
])
def test_two_parties_agreeing_on_a_thing_agree_with_each_other(annotate: Annotate,
                                                                sentence: str, trigger: str,
                                                                actor: str,
                                                                target: str) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert (action["actor"]["text"], target_text(action)) == (actor, target)


def test_the_place_of_a_verbs_object_is_where_the_act_applies(annotate: Annotate) -> None:
    (action,) = annotate("The United Nations has suspended aid deliveries in Borno State.")[
        "actions"]
    assert action["location"]["text"] == "Borno State"
    assert target_text(action) == "Borno State"  # a suspension of aid is aimed at its place


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # the group is a party of its own (IMG), so its place does not join the phrase
    ("Iraqi warplanes carried out a raid on Tuesday, targeting Islamic State commanders in "
     "eastern Syria.", "raid", "Islamic State commanders"),
    ("The army launched strikes aimed at rebel depots.", "strikes", "rebel depots"),
])
def test_an_attack_is_aimed_at_what_its_participle_targets(annotate: Annotate, sentence: str,
                                                           trigger: str, target: str) -> None:
    assert target_text(action_of(annotate, sentence, trigger)) == target


@pytest.mark.parametrize(("sentence", "target"), [
    ("The FBI returned a stolen Picasso sketch to the Guggenheim Museum.", "Guggenheim Museum"),
    ("The agency returned the looted manuscripts to the National Library of Ireland.",
     "National Library of Ireland"),
])
def test_a_return_to_an_organisation_the_gazetteer_lacks(annotate: Annotate, sentence: str,
                                                        target: str) -> None:
    action = action_of(annotate, sentence, "returned")
    assert (action["cameo"], action["plover"], target_text(action)) == ("0842", "RETREAT", target)


def test_a_return_to_a_common_noun_is_no_transfer(annotate: Annotate) -> None:
    assert annotate("He returned the book to the library on Monday.")["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # a gerund of time or manner after "after", "before", "while", "despite" ... has the
    # subject of the verb it modifies as its own (subject control)
    ("After meeting Putin in Moscow, Xi flew to Paris.", "meeting", "Xi"),
    ("Before signing the accord, Ethiopia freed 200 Eritrean prisoners.", "signing",
     "Ethiopia"),
    ("Despite condemning the raid, Egypt kept its ambassador in Israel.", "condemning",
     "Egypt"),
])
def test_a_gerund_adjunct_takes_the_subject_of_its_verb(annotate: Annotate, sentence: str,
                                                        trigger: str, actor: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert action["actor"] is not None and action["actor"]["text"] == actor


def test_a_gerund_of_reason_is_the_object_s_deed_not_the_subject_s(annotate: Annotate) -> None:
    # "for" gives the reason: Russia annexed, Britain criticized
    record = annotate("Britain criticized Russia for annexing Crimea.")
    assert all(a["actor"] is None or a["actor"]["text"] != "Britain"
               for a in record["actions"] if a["trigger"] == "annexing")

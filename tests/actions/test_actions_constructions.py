"""Constructions the parse hides a party or a code in, on short original sentences: the kind
an object's compound names, a recipient the parse hung inside a long object, the agent of an
event a verb reacts to, and the place an act is aimed at when it is only announced."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def action_of(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    return next(a for a in annotate(sentence)["actions"] if a["trigger"] == trigger)


def target_text(action: dict[str, Any]) -> str | None:
    return action["target"]["text"] if action["target"] else None


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "plover"), [
    # the compound says what kind of agreement was violated: a ceasefire
    ("Rebel units violated the ceasefire agreement near the river on Sunday.", "violated",
     "196", "ASSAULT"),
    ("Border guards breached the truce deal twice overnight.", "breached", "196", "ASSAULT"),
    # a plain agreement stays a defiance of norms
    ("The province violated the trade agreement, the ministry said.", "violated", "128",
     "REJECT"),
])
def test_an_objects_compound_names_its_kind(annotate: Annotate, sentence: str, trigger: str,
                                            cameo: str, plover: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["cameo"], action["plover"]) == (cameo, plover)


@pytest.mark.parametrize(("sentence", "target", "country"), [
    ("The agency returned an ancient bronze helmet engraved with a lion to Italy.", "Italy",
     "ITA"),
    ("Federal agents returned a gold crown stolen from a museum in 1990 to Greek officials.",
     "Greek officials", "GRC"),
    # hung on a relative clause's last noun, or on a participle clause of the verb
    ("Federal agents returned 14 ancient coins that date back to the Roman era to Italy.",
     "Italy", "ITA"),
    ("The agency returned a 17th century map, missing since 1950, to Poland.", "Poland", "POL"),
])
def test_the_recipient_of_a_return_after_a_long_object(annotate: Annotate, sentence: str,
                                                       target: str, country: str) -> None:
    action = action_of(annotate, sentence, "returned")
    assert (action["cameo"], target_text(action), action["target"]["country"]) == (
        "0842", target, country)


def test_a_return_without_a_recipient_is_no_transfer(annotate: Annotate) -> None:
    # "to" inside a relative clause of the object belongs to that clause
    assert annotate("The minister returned the letter that had been sent to her office.")[
        "actions"] == []
    assert annotate("Police returned the envoy who had flown to Paris.")["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # a reaction to an event answers the event's agent
    ("The foreign ministry condemned a raid by border guards on a fishing village.",
     "condemned", "border guards"),
    ("Lawmakers praised the release of the sailors by the Iranian navy.", "praised",
     "Iranian navy"),
])
def test_a_reaction_is_aimed_at_the_agent_of_the_event(annotate: Annotate, sentence: str,
                                                       trigger: str, target: str) -> None:
    assert target in (target_text(action_of(annotate, sentence, trigger)) or "")


@pytest.mark.parametrize(("sentence", "trigger", "target", "plover"), [
    # announced coercion is aimed at the place as the act would be
    ("Thai authorities will extend the curfew in Bangkok.", "curfew", "Bangkok", "THREATEN"),
    # a partitive noun leads to the place it is part of
    ("Indian troops imposed a curfew in parts of Kashmir.", "curfew", "Kashmir", "COERCE"),
    # a ceasefire is aimed at the theatre of the fighting
    ("The rebels declared a ceasefire in Darfur on Sunday.", "declared", "Darfur", None),
])
def test_the_place_an_act_is_aimed_at(annotate: Annotate, sentence: str, trigger: str,
                                      target: str, plover: str | None) -> None:
    action = action_of(annotate, sentence, trigger)
    assert target in (target_text(action) or "")
    assert plover is None or action["plover"] == plover


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # a summit abroad is a visit to its host
    ("The Kenyan president attended an energy summit in Norway on Tuesday.", "summit", "NOR"),
    # refuge is sought of the country that gives it
    ("Thousands of Sudanese families sought refuge in Chad last year.", "sought", "TCD"),
    # the place of what was agreed
    ("The rebels agreed to lay down their weapons in northern Mali.", "agreed", "MLI"),
])
def test_the_host_or_place_of_the_act(annotate: Annotate, sentence: str, trigger: str,
                                      target: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert action["target"] is not None and action["target"]["country"] == target


def test_a_meeting_at_home_is_not_aimed_at_the_capital(annotate: Annotate) -> None:
    action = action_of(annotate, "The French president held a cabinet meeting in Paris.",
                       "meeting")
    assert action["target"] is None
    assert action["location"]["text"] == "Paris"


@pytest.mark.parametrize(("sentence", "actor", "country"), [
    # a force sent in the passive, with no sender named, stands for its sender
    ("About 500 Kenyan police officers were deployed to Haiti last year.",
     "About 500 Kenyan police officers", "KEN"),
    ("Ghanaian peacekeepers are being deployed to the border region.", "Ghanaian peacekeepers",
     "GHA"),
])
def test_a_force_sent_in_the_passive_stands_for_its_sender(annotate: Annotate, sentence: str,
                                                           actor: str, country: str) -> None:
    (action,) = annotate(sentence)["actions"]
    assert (action["actor"]["text"], action["actor"]["country"]) == (actor, country)
    assert action["target"] is None or action["target"]["text"] != actor


def test_a_named_sender_stays_the_actor(annotate: Annotate) -> None:
    action = action_of(annotate, "Food aid was sent to the region by the agency.", "sent")
    assert action["actor"]["text"] == "agency"


@pytest.mark.parametrize(("sentence", "reported", "scene"), [
    # a temporal clause of an earlier event
    ("Turkey expelled two Dutch diplomats after protesters stormed its consulate in Rotterdam.",
     "expelled", "stormed"),
    # a relative clause that describes a noun by what it did
    ("Police arrested the farmers who blocked the highway near Lyon.", "arrested", "blocked"),
    # a phrase of a simultaneous event
    ("Iran condemned the new sanctions on Monday amid clashes between militias in Syria.",
     "condemned", "clashes"),
])
def test_a_scene_setting_clause_is_not_reported_again(annotate: Annotate, sentence: str,
                                                      reported: str, scene: str) -> None:
    triggers = [a["trigger"] for a in annotate(sentence)["actions"]]
    assert reported in triggers
    assert scene not in triggers


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Protests spread across the country after police killed a student in Tehran.", "killed"),
    ("As rebels shelled the capital, the president fled to Kenya.", "shelled"),
])
def test_a_sentence_whose_only_event_sets_the_scene_keeps_it(annotate: Annotate, sentence: str,
                                                              trigger: str) -> None:
    assert [a["trigger"] for a in annotate(sentence)["actions"]] == [trigger]


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    ("Iran faces growing criticism from the European Union over its nuclear program.",
     "criticism", "European Union", "Iran"),
    ("Turkey drew sharp condemnation from Greece on Monday.", "condemnation", "Greece",
     "Turkey"),
])
def test_the_subject_of_an_undergoing_verb_is_the_target(annotate: Annotate, sentence: str,
                                                          trigger: str, actor: str,
                                                          target: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["actor"]["text"], target_text(action)) == (actor, target)


def test_an_attack_undergone_with_no_attacker_named_has_no_actor(annotate: Annotate) -> None:
    action = action_of(annotate, "The aid convoy came under attack on Tuesday.", "attack")
    assert action["actor"] is None
    assert target_text(action) == "aid convoy"


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # the small model parses the acronym before the verb as an adverb
    ("USAID had announced a suspension of aid to Haiti.", "suspension", "USAID"),
    # "let free": a clause with no subject of its own takes its head's
    ("Myanmar let free some 200 political prisoners.", "free", "Myanmar"),
])
def test_a_subject_the_parse_missed(annotate: Annotate, sentence: str, trigger: str,
                                    actor: str) -> None:
    assert action_of(annotate, sentence, trigger)["actor"]["text"] == actor


@pytest.mark.parametrize(("sentence", "trigger", "plover", "cameo"), [
    ("Israeli troops remained on alert in the north after the clashes.", "alert", "MOBILIZE",
     "150"),
    ("Two army brigades remained on standby near the border.", "standby", "MOBILIZE", "150"),
    # forces arriving somewhere are a deployment; peacekeepers arriving are military aid
    ("The first contingents of Nigerian troops arrived in Monrovia.", "arrived", "MOBILIZE",
     "154"),
    ("Japanese peacekeepers arrived in Juba on Monday.", "arrived", "AID", "074"),
])
def test_forces_on_alert_or_arriving(annotate: Annotate, sentence: str, trigger: str,
                                     plover: str, cameo: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"]) == (plover, cameo)


@pytest.mark.parametrize("sentence", [
    "The government issued a travel alert on Monday.",
    "Delegates arrived in Geneva on Monday.",
    "Tourists arrived in Juba on Monday.",
])
def test_alerts_and_arrivals_of_others_are_no_action(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("British and EU negotiators failed to reach a deal on fishing rights.", "reach"),
    ("Serbia and Kosovo failed to agree on the license plates.", "agree"),
])
def test_a_failure_to_agree_is_a_rejection(annotate: Annotate, sentence: str,
                                           trigger: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"], action["negated"]) == ("REJECT", "120", False)


def test_a_failure_to_act_otherwise_stays_a_negated_act(annotate: Annotate) -> None:
    action = action_of(annotate, "The rebels failed to release the hostages.", "release")
    assert (action["plover"], action["negated"]) == ("RETREAT", True)


def test_an_organisation_is_the_target_before_a_thing(annotate: Annotate) -> None:
    action = action_of(annotate, "A Milan court convicted Fiat to pay a fine of 40 million euros "
                                 "for bribes.", "convicted")
    assert target_text(action) == "Fiat"


@pytest.mark.parametrize(("sentence", "trigger", "plover", "cameo", "target"), [
    # a verdict: the small clause "the bishop guilty" names whom it is about
    ("A court in Lyon found the bishop guilty of fraud.", "found", "ACCUSE", "116", "bishop"),
    ("A former minister was found guilty of fraud on Monday.", "found", "ACCUSE", "116",
     "former minister"),
    # charging people, whatever the offence (PLOVER ACCUSE: "accuse, allege, charge")
    ("A prosecutor charged a former minister with contempt of court.", "charged", "ACCUSE",
     "173", "former minister"),
])
def test_verdicts_and_charges(annotate: Annotate, sentence: str, trigger: str, plover: str,
                              cameo: str, target: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"], target_text(action)) == (plover, cameo, target)


@pytest.mark.parametrize("sentence", [
    "Police found the documents in a safe.",
    "The agency charged a fee of 40 dollars.",
])
def test_finding_things_and_charging_fees_are_no_action(annotate: Annotate,
                                                        sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # whom an infinitive the refusal governs lets act
    ("Kenya refused to allow a Somali plane to land in Nairobi.", "refused", "Somali plane"),
    # whom aid is meant for, in its purpose infinitive
    ("Germany gave 50 million euros to support farmers in Ethiopia.", "gave",
     "farmers in Ethiopia"),
])
def test_targets_in_an_infinitive(annotate: Annotate, sentence: str, trigger: str,
                                  target: str) -> None:
    assert target_text(action_of(annotate, sentence, trigger)) == target


def test_sanctions_lifted_are_aimed_at_whom_they_were_imposed_on(annotate: Annotate) -> None:
    action = action_of(annotate, "Japan lifted sanctions imposed on India after its nuclear "
                                 "tests.", "lifted")
    assert (target_text(action), action["target"]["country"]) == ("India", "IND")


def test_a_thing_aimed_at_a_country_stands_for_it(annotate: Annotate) -> None:
    action = action_of(annotate, "The president lifted all restrictions on travel to Cuba.",
                       "lifted")
    assert (target_text(action), action["target"]["country"]) == ("Cuba", "CUB")


def test_holding_someone_responsible_is_blame(annotate: Annotate) -> None:
    action = action_of(annotate, "Kabul held Pakistan responsible for the attack.", "held")
    assert (action["plover"], action["cameo"], target_text(action)) == ("ACCUSE", "112",
                                                                         "Pakistan")
    assert annotate("The rebels held the town for two weeks.")["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("A Russian raid on the village destroyed five homes.", "raid", "Russian"),
    ("A Taliban attack on the base damaged two helicopters.", "attack", "Taliban"),
])
def test_a_nationality_or_group_on_the_event_noun_is_its_actor(annotate: Annotate,
                                                                sentence: str, trigger: str,
                                                                actor: str) -> None:
    assert action_of(annotate, sentence, trigger)["actor"]["text"] == actor


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Police reopened the inquiry into the January bombing of the clinic.", "bombing"),
    ("Prosecutors linked him to three Atlanta bombings.", "bombings"),
])
def test_a_date_or_city_on_the_event_noun_is_not_its_actor(annotate: Annotate, sentence: str,
                                                            trigger: str) -> None:
    actions = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert all(a["actor"] is None or a["actor"]["text"] not in ("January", "Atlanta")
               for a in actions)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("None of the doctors were killed.", "killed"),
    ("No one was arrested after the march.", "arrested"),
])
def test_a_subject_that_says_nobody_negates_the_act(annotate: Annotate, sentence: str,
                                                    trigger: str) -> None:
    assert action_of(annotate, sentence, trigger)["negated"] is True


def test_a_person_named_on_an_investigation_is_not_its_actor(annotate: Annotate) -> None:
    actions = annotate("Six suspects in the Bin Laden investigation are in custody.")["actions"]
    assert not any(a["actor"] and "Bin" in a["actor"]["text"] for a in actions)


def test_a_date_that_owns_an_event_noun_is_not_its_actor(annotate: Annotate) -> None:
    action = action_of(annotate, "Last Friday's bombing of the embassy shocked the city.",
                       "bombing")
    assert action["actor"] is None or "Friday" not in action["actor"]["text"]

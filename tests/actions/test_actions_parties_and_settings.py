"""Parties and settings on short original sentences: groups tied to a country, titles,
numbers and peoples as parties, undertakings, events that follow or relate others, the
setting of a summit, mediators and responses."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def first(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    return next(a for a in annotate(sentence)["actions"] if a["trigger"] == trigger)


def target_text(action: dict[str, Any]) -> str | None:
    return action["target"]["text"] if action["target"] else None


def test_a_group_the_story_ties_to_a_country_keeps_it(annotate: Annotate) -> None:
    record = annotate("Yemen's Houthi rebels seized a tanker on Monday. "
                      "The Houthis later fired missiles at Saudi Arabia.")
    fired = first(annotate, record["text"], "fired")
    assert (fired["actor"]["text"], fired["actor"]["country"]) == ("Houthis", "YEM")


def test_a_title_is_never_taken_for_a_group_name(annotate: Annotate) -> None:
    record = annotate("U.S. President Carla Mendes met the Chilean envoy. "
                      "The President's office criticised the plan.")
    criticised = first(annotate, record["text"], "criticised")
    assert criticised["actor"] is None or criticised["actor"]["country"] != "USA"


def test_a_number_stands_for_what_it_counts_on_the_actor_side_too(annotate: Annotate) -> None:
    action = first(annotate, "Thousands of nurses staged demonstrations on Saturday.",
                   "demonstrations")
    assert action["actor"]["text"] == "nurses"


def test_a_people_the_model_tags_as_a_group_protests_at_home(annotate: Annotate) -> None:
    action = first(annotate, "Several hundred Syrian Kurds rallied in Qamishli on Friday.",
                   "rallied")
    assert (action["actor"]["country"], action["target"]["country"]) == ("SYR", "SYR")


@pytest.mark.parametrize(("sentence", "trigger", "plover", "actor", "target"), [
    # the compound of an undertaking noun is the event, its noun's clause gives the parties
    ("The emir launched a mediation effort to end the dispute.", "mediation",
     "CONSULT", "emir", None),
    ("Police in Lisbon issued an arrest warrant for a Brazilian banker.", "arrest", "COERCE",
     "Police in Lisbon", "Brazilian banker"),
    ("The army launched a bombing campaign against the rebels.", "bombing", "ASSAULT", "army",
     "rebels"),
    # a state a party is in: remained on high alert
    ("Greek border guards remained on high alert on Sunday.", "alert", "MOBILIZE",
     "Greek border guards", None),
])
def test_undertakings_and_states(annotate: Annotate, sentence: str, trigger: str, plover: str,
                                 actor: str, target: str | None) -> None:
    action = first(annotate, sentence, trigger)
    assert (action["plover"], action["actor"]["text"]) == (plover, actor)
    assert target is None or target_text(action) == target


def test_a_compound_of_another_noun_is_still_a_modifier(annotate: Annotate) -> None:
    assert [a["trigger"] for a in annotate("Aid workers delivered food.")["actions"]] == [
        "delivered"]


def test_only_an_act_of_force_hits_its_verbs_object(annotate: Annotate) -> None:
    actions = annotate("These sanctions send a clear message to Tehran.")["actions"]
    assert all(target_text(a) != "clear message" for a in actions)


def test_an_event_that_follows_another_did_not_make_it(annotate: Annotate) -> None:
    actions = annotate("The expulsion follows the arrest last week of two French citizens.")[
        "actions"]
    assert all(a["actor"] is None for a in actions if a["trigger"] == "arrest")


@pytest.mark.parametrize("sentence", [
    "Heavy fighting continued through the night.",
    "The talks are expected to resume next week.",
    "Donations poured in after the earthquake.",
])
def test_an_event_nobody_is_named_for_is_no_action(annotate: Annotate, sentence: str) -> None:
    # a mention of an event with neither actor nor target is not who did what to whom
    assert annotate(sentence)["actions"] == []


def test_the_sidelines_of_a_summit_are_a_setting(annotate: Annotate) -> None:
    action = first(annotate, "Tavakoli will meet Marchand on the sidelines of the summit.",
                   "meet")
    assert "sidelines" not in (target_text(action) or "")


def test_a_mediation_between_two_parties_is_the_mediators(annotate: Annotate) -> None:
    actions = [a for a in annotate("Qatar launched a mediation effort between Israel and "
                                   "Hamas.")["actions"] if a["trigger"] == "mediation"]
    assert {(a["actor"]["country"], a["target"]["country"]) for a in actions} == {
        ("QAT", "ISR"), ("QAT", "PSE")}


def test_a_verb_relating_events_hits_nobody(annotate: Annotate) -> None:
    # the attack did not hit "a new phase": "marks" relates it to something else
    actions = annotate("The Russian attack marks a new phase of the war, officials said.")
    assert [a["target"] for a in actions["actions"] if a["trigger"] == "attack"] in ([], [None])


@pytest.mark.parametrize(("sentence", "expected"), [
    # the means of a response is the responder's, and one event with a violent verb
    ("Moscow answered each round with expulsions of its own.",
     [("expulsions", "Moscow", None)]),
    ("Israel retaliated with airstrikes on Gaza.", [("retaliated", "Israel", "Gaza")]),
    # when, not with whom
    ("The leaders will meet again next year, at a date to be agreed.",
     [("meet", "leaders", None)]),
])
def test_responses_and_settings(annotate: Annotate, sentence: str,
                                expected: list[tuple[Any, ...]]) -> None:
    assert [(a["trigger"], a["actor"] and a["actor"]["text"], target_text(a))
            for a in annotate(sentence)["actions"]] == expected


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # an amount of money is never a party, even where the model tags the ISO 4217 code ORG:
    # the target is whom the court convicted
    ("A Munich court convicted Bosch to pay a fine of 90 million EUR.", "convicted", "Bosch"),
    ("A judge convicted the firm to pay 500,000 GBP in damages.", "convicted", "firm"),
    # guard: a real party beside an amount stays the target
    ("Japan gave Myanmar aid worth 300 million USD.", "aid", "Myanmar"),
])
def test_money_is_never_a_party(annotate: Annotate, sentence: str, trigger: str,
                                target: str) -> None:
    assert target_text(first(annotate, sentence, trigger)) == target

"""Conflictual acts named by constructions rather than by one verb, on short original
sentences: a court turning down a filing, pressure or a request on someone to act, a
that-clause laying the blame on a party, hostages and human shields,
executions, weapons launched, hitting or landing, military things targeted or destroyed, and
forcing someone to act; and an office holder as a target.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str) -> list[tuple[str, str | None, str]]:
    """(trigger, plover, cameo) of each action, in order."""
    return [(a["trigger"], a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]]


def found(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    return next(a for a in annotate(sentence)["actions"] if a["trigger"] == trigger)


def text(party: dict[str, Any] | None) -> str | None:
    return party["text"] if party else None


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # a court's rejection of a filing is aimed at whoever filed or issued it
    ("The Supreme Court threw out the appeal filed by the opposition party.", "threw",
     "opposition party"),
    ("The High Court quashed the order issued by the interior minister.", "quashed",
     "interior minister"),
    ("A federal judge dismissed the lawsuit brought by the governor.", "dismissed", "governor"),
])
def test_a_court_turning_down_a_filing_is_a_rejection_of_its_filer(
        annotate: Annotate, sentence: str, trigger: str, target: str) -> None:
    action = found(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"]) == ("REJECT", "120")
    assert text(action["target"]) == target


@pytest.mark.parametrize("sentence", [
    # a law struck down, a conviction overturned: no filing of a party is turned down (an
    # overturned conviction is a penalty undone, 081: test_actions_penalties_undone.py)
    "The court struck down the law on Monday.",
    "The appeals court overturned his conviction.",
])
def test_a_court_voiding_a_law_or_verdict_is_no_rejection(annotate: Annotate,
                                                          sentence: str) -> None:
    assert [a for a in coded(annotate, sentence) if a[1] == "REJECT"] == []


def test_the_agent_of_a_participle_owns_the_criticised_thing(annotate: Annotate) -> None:
    # "the plan announced BY ISRAEL" is Israel's plan, as "Israel's plan" would be
    action = found(annotate, "The European Union criticized the plan announced by Israel on "
                   "Monday.", "criticized")
    assert (text(action["target"]), action["target"]["country"]) == ("Israel", "ISR")


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("Police in the capital pressured the striking nurses to end their walkout.", "pressured",
     "striking nurses"),
    ("The United States has been pressuring Turkey to cancel the purchase.", "pressuring",
     "Turkey"),
    ("Washington pressed Seoul to drop the tariffs.", "pressed", "Seoul"),
])
def test_pressure_to_act_is_a_demand_and_the_act_its_content(
        annotate: Annotate, sentence: str, trigger: str, target: str) -> None:
    actions = coded(annotate, sentence)
    # what the pressure asks for is not done: no second action for "end", "cancel", "drop"
    assert [plover for _, plover, _ in actions] == ["REQUEST"]
    assert text(found(annotate, sentence, trigger)["target"]) == target


def test_pressure_of_things_is_no_demand(annotate: Annotate) -> None:
    assert coded(annotate, "Rising costs pressured margins at the steel mills.") == []


@pytest.mark.parametrize(("sentence", "target"), [
    ("The Kenyan government said al-Shabab militants were responsible for the bombing.",
     "al-Shabab militants"),
    ("Officials in Kabul said the Taliban was behind the attack on the hotel.", "Taliban"),
])
def test_a_that_clause_laying_blame_on_a_party_is_an_accusation(
        annotate: Annotate, sentence: str, target: str) -> None:
    action = found(annotate, sentence, "said")
    assert (action["plover"], action["cameo"]) == ("ACCUSE", "112")
    assert text(action["target"]) == target


@pytest.mark.parametrize("sentence", [
    # the speaker's own claim, a denial, and a thing to blame accuse no one
    "The group said it was responsible for the blast.",
    "The ministry said Iran was not responsible for the delay.",
    "Police said the rain was to blame for the crash.",
])
def test_no_accusation_without_a_named_party_to_blame(annotate: Annotate,
                                                      sentence: str) -> None:
    assert all(plover != "ACCUSE" for _, plover, _ in coded(annotate, sentence))


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Gunmen held 40 villagers hostage for three days.", "held", "181"),
    ("The militants are holding hundreds of civilians as human shields in the old city.",
     "shields", "184"),
    ("The rebels used villagers as human shields.", "shields", "184"),
    ("Iran executed two protesters on Thursday.", "executed", "1823"),
    ("The killing of the journalist drew wide condemnation.", "killing", "190"),
])
def test_hostages_shields_and_executions_are_assaults(annotate: Annotate, sentence: str,
                                                      trigger: str, cameo: str) -> None:
    action = found(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"]) == ("ASSAULT", cameo)


def test_human_shields_are_the_object_of_the_verb(annotate: Annotate) -> None:
    # the as-phrase says what the subject made of its object: the rebels' act, on the villagers
    action = found(annotate, "The rebels used villagers as human shields.", "shields")
    assert (text(action["actor"]), text(action["target"])) == ("rebels", "villagers")


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "target"), [
    ("Hamas launched dozens of rockets at southern Israel on Saturday.", "launched", "195",
     "southern Israel"),
    ("Israeli jets targeted Hamas commanders in Gaza.", "targeted", "190", "Hamas commanders"),
    ("Government forces destroyed two rebel tanks.", "destroyed", "190", "two rebel tanks"),
])
def test_weapons_launched_and_military_things_targeted_or_destroyed(
        annotate: Annotate, sentence: str, trigger: str, cameo: str, target: str) -> None:
    action = found(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"], text(action["target"])) == (
        "ASSAULT", cameo, target)


@pytest.mark.parametrize("sentence", [
    "The company executed the merger plan on schedule.",
    "The storm destroyed homes along the coast.",
    "Iraq destroyed its chemical weapons under U.N. supervision.",
    "The campaign targeted young voters in the suburbs.",
    "The central bank targeted inflation of 2 percent.",
    "Moscow used its embassy as a shield for espionage.",
    # a participle that describes the victims reports no act of its own
    "Rebels freed six peacekeepers held captive since Friday.",
])
def test_no_assault_without_a_victim_or_in_a_description(annotate: Annotate,
                                                         sentence: str) -> None:
    assert all(plover != "ASSAULT" for _, plover, _ in coded(annotate, sentence))


def test_forcing_someone_to_act_is_coercion(annotate: Annotate) -> None:
    action = found(annotate, "Turkish warplanes forced a Greek helicopter to land on the "
                   "island on Monday.", "forced")
    assert (action["plover"], action["cameo"]) == ("COERCE", "170")
    assert (action["actor"]["country"], action["target"]["country"]) == ("TUR", "GRC")


@pytest.mark.parametrize("sentence", [
    "Heavy rain forced organizers to cancel the parade.",  # weather is no doer
    "The minister was forced to resign.",  # no doer named
])
def test_no_coercion_without_a_doer(annotate: Annotate, sentence: str) -> None:
    assert all(plover != "COERCE" for _, plover, _ in coded(annotate, sentence))


def test_asking_someone_to_act_is_an_appeal_and_the_act_its_content(annotate: Annotate) -> None:
    sentence = "The United States asked Pakistan to hand over the suspects."
    assert [plover for _, plover, _ in coded(annotate, sentence)] == ["REQUEST"]
    assert text(found(annotate, sentence, "asked")["target"]) == "Pakistan"


def test_asking_without_someone_asked_to_act_is_no_appeal(annotate: Annotate) -> None:
    assert coded(annotate, "Officials who asked not to be named said the talks failed.") == []


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    # the impact of a weapon from afar is an attack by whoever its modifiers name
    ("Russian missiles hit Kyiv overnight.", "hit", "RUS", "UKR"),
    ("The port was hit by Russian drones on Sunday.", "hit", "RUS", None),
    ("A Russian missile slammed into an apartment block.", "slammed", "RUS", None),
])
def test_weapons_that_hit_are_attacks(annotate: Annotate, sentence: str, trigger: str,
                                      actor: str, target: str | None) -> None:
    action = found(annotate, sentence, trigger)
    assert action["plover"] == "ASSAULT"
    assert (action["actor"]["country"], (action["target"] or {}).get("country")) == (
        actor, target)


@pytest.mark.parametrize("sentence", [
    "The latest round of talks hit a snag.",
    "Prices fell sharply after the announcement.",
])
def test_what_hits_or_falls_without_a_weapon_is_no_attack(annotate: Annotate,
                                                          sentence: str) -> None:
    assert coded(annotate, sentence) == []


def test_an_office_holder_charged_is_the_target_not_the_charge(annotate: Annotate) -> None:
    action = found(annotate, "Prosecutors charged the former mayor with corruption.", "charged")
    assert text(action["target"]) == "former mayor"


def test_a_name_called_in_an_apposition_is_the_judgement(annotate: Annotate) -> None:
    # the parser reads the object as the predicate and the name as its apposition
    action = found(annotate, "President Ortiz on Tuesday called Britain's ambassador to the "
                   "United States a very stupid man.", "called")
    assert (action["plover"], action["cameo"]) == ("ACCUSE", "111")
    assert action["target"]["country"] == "GBR"


def test_a_question_about_talks_asks_for_none(annotate: Annotate) -> None:
    # the about-phrase of a verb of asking is a question's topic; a for-phrase is the request
    assert coded(annotate, "Reporters asked the minister about the talks.") == []
    assert coded(annotate, "Canada asked for talks with the rebels.") == [
        ("asked", "REQUEST", "026")]


def test_a_military_campaign_is_an_attack_and_an_election_campaign_none(
        annotate: Annotate) -> None:
    # WordNet: a military campaign is a kind of military operation
    action = found(annotate, "Russia launched an air campaign against rebel positions in Syria.",
                   "campaign")
    assert (action["plover"], action["target"]["country"]) == ("ASSAULT", "SYR")
    assert coded(annotate, "The party launched an election campaign in the capital.") == []

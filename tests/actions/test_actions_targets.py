"""Targets and refusals on short original sentences: what an action is aimed at when its
object is a person, a group or a thing, acts two parties do together, refusals announced
ahead, and one action per trigger and pair of parties."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def first(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    return next(a for a in annotate(sentence)["actions"] if a["trigger"] == trigger)


def target_text(action: dict[str, Any]) -> str | None:
    return action["target"]["text"] if action["target"] else None


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # an object that names people is the target, with or without a country
    ("Security forces arrested a senior rebel commander near the border on Tuesday.",
     "arrested", "senior rebel commander"),
    ("Police detained 14 people after the clashes in the capital.", "detained", "14 people"),
    ("The kidnappers freed three hostages on Tuesday.", "freed", "three hostages"),
    # the possessor of the object: what was faulted was the minister's
    ("The opposition leader blamed Defense Minister Ilse Varga's budget for the shortages.",
     "blamed", "Defense Minister Ilse Varga"),
    # criticism, rejection and attack are aimed at a thing when no one is named
    ("The foreign ministry condemned the bombing.", "condemned", "bombing"),
    ("The court rejected the appeal on Thursday.", "rejected", "appeal"),
    # a preposition the parse made a dative: its object is the target
    ("The OSCE sent observers to Georgia on Monday.", "sent", "Georgia"),
])
def test_the_object_is_the_target(annotate: Annotate, sentence: str, trigger: str,
                                  target: str) -> None:
    assert target in (target_text(first(annotate, sentence, trigger)) or "")


@pytest.mark.parametrize(("sentence", "trigger"), [
    # the actor's own forces are not the target of their mobilisation or their sending
    ("The army mobilized thousands of troops along the frontier.", "mobilized"),
    ("The defense ministry sent 200 soldiers to the region on Friday.", "sent"),
    # a modifier of the trigger is not what an attack is aimed at
    ("Overnight air strikes hit the northern suburbs.", "strikes"),
])
def test_the_actors_own_people_and_modifiers_are_not_targets(annotate: Annotate, sentence: str,
                                                            trigger: str) -> None:
    action = first(annotate, sentence, trigger)
    assert target_text(action) not in ("troops", "thousands", "soldiers", "200 soldiers", "air")


def test_a_pronoun_possessor_is_not_made_the_target(annotate: Annotate) -> None:
    action = first(annotate, "Rebel fighters arrested his rival Omar Sadiq in the capital.",
                   "arrested")
    assert target_text(action) != "his"


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    ("Chile and Peru agreed to hold joint naval drills next year.", "agreed", "CHL", "PER"),
    ("Norway and Iceland signed a fisheries agreement on Monday.", "signed", "NOR", "ISL"),
])
def test_two_conjoined_parties_act_together(annotate: Annotate, sentence: str, trigger: str,
                                            actor: str, target: str) -> None:
    actions = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert len(actions) == 1
    assert (actions[0]["actor"]["country"], actions[0]["target"]["country"]) == (actor, target)


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Hungary will not lift the curfew in the border towns, the minister said.", "lift",
     "1241"),
    ("The government will not release the jailed reporters.", "release", "1243"),
    ("Iran will not meet American negotiators in Oman.", "meet", "125"),
    ("The rebels said they would not withdraw from the city.", "withdraw", "1246"),
])
def test_a_cooperative_act_announced_as_not_happening_is_a_refusal(
        annotate: Annotate, sentence: str, trigger: str, cameo: str) -> None:
    action = first(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"], action["negated"], action["modality"]) == (
        "REJECT", cameo, False, "asserted")


@pytest.mark.parametrize("sentence", [
    "Hungary did not lift the ban on Ukrainian grain.",  # not done, but not announced as refused
    "The ministry has not released the figures.",  # no cooperative act at all
])
def test_a_negated_past_act_is_not_a_refusal(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in annotate(sentence)["actions"]
                if a["plover"] == "REJECT" and not a["negated"]]


def test_sanctions_are_coerce_restrict_as_the_cameo_to_plover_mapping_codes_them(
        annotate: Annotate) -> None:
    action = first(annotate, "Canada imposed sanctions on four Belarusian officials.", "sanctions")
    assert (action["cameo"], action["plover"], action["mode"]) == ("163", "COERCE", "restrict")


def test_one_action_per_trigger_and_pair_of_parties(annotate: Annotate) -> None:
    record = annotate("Britain, Canada and Australia imposed sanctions on Iran and Syria.")
    pairs = [(a["start"], a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
             for a in record["actions"]]
    assert len(pairs) == len(set(pairs))
    assert {p[1] for p in pairs} == {"Britain", "Canada", "Australia"}
    assert {p[2] for p in pairs} == {"Iran", "Syria"}


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # a nationality or name among the modifiers of the trigger noun names the actor
    ("A Turkish military raid killed four fighters near the border.", "raid", "TUR"),
    ("Israeli artillery fire hit two villages on Saturday.", "fire", "ISR"),
])
def test_a_nationality_on_the_trigger_noun_is_the_actor(annotate: Annotate, sentence: str,
                                                       trigger: str, actor: str) -> None:
    # the raid and the killing are one event: whichever trigger carries it has the actor
    actors = {(a["actor"] or {}).get("country") for a in annotate(sentence)["actions"]
              if a["plover"] == "ASSAULT"}
    assert actor in actors


def test_an_event_noun_that_is_the_subject_hits_the_object(annotate: Annotate) -> None:
    action = first(annotate, "Israeli artillery fire hit two villages on Saturday.", "fire")
    assert target_text(action) == "two villages"


def test_a_heading_before_a_dash_is_not_part_of_the_party(annotate: Annotate) -> None:
    record = annotate("BEIRUT -- A Syrian army attack killed nine civilians on Friday.")
    assert all(not (a["actor"] or {}).get("text", "").startswith("BEIRUT")
               for a in record["actions"])


@pytest.mark.parametrize(("sentence", "trigger", "plover", "cameo"), [
    # the class of the object decides, not its word
    ("The kidnappers freed 11 aid workers on Tuesday.", "freed", "RETREAT", "0841"),
    ("The junta released the detained opposition leaders.", "released", "RETREAT", "0841"),
    ("Customs officials returned a stolen painting to Italy.", "returned", "RETREAT", "0842"),
    ("Germany gave 20 million euros to the relief fund.", "gave", "AID", "071"),
    ("Canada accepted 1,500 refugees from the camps last year.", "accepted", "AID", "075"),
])
def test_rows_for_a_class_of_object(annotate: Annotate, sentence: str, trigger: str,
                                    plover: str, cameo: str) -> None:
    action = first(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"]) == (plover, cameo)


@pytest.mark.parametrize("sentence", [
    "The ministry released a statement on Monday.",  # a thing, not people
    "The president returned to Washington on Monday.",  # no object: coming back
    "The company gave its workers a day off.",  # not an amount of money
    "The band released a new album in May.",
])
def test_no_action_when_the_object_is_not_of_the_class(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # the place of an act aimed at its people, when the clause names no one else
    ("The army imposed a curfew in Bangui on Friday.", "curfew", "Bangui"),
    ("Aid agencies delivered food aid in Yemen last month.", "delivered", "Yemen"),
    # a number stands for its "of" phrase
    ("Auditors opened tax investigations against dozens of clinics.", "investigations",
     "clinics"),
    # a title phrase and the name in apposition are one party
    ("The Polish envoy met his Czech counterpart, Karel Novak, in Prague.", "met",
     "Karel Novak"),
])
def test_more_targets(annotate: Annotate, sentence: str, trigger: str, target: str) -> None:
    assert target in (target_text(first(annotate, sentence, trigger)) or "")


def test_a_meeting_place_is_not_its_target(annotate: Annotate) -> None:
    action = first(annotate, "The two envoys held talks in Vienna on Monday.", "talks")
    assert target_text(action) != "Vienna"
    assert action["location"]["text"] == "Vienna"  # where, not whom


def test_a_direct_object_decides_before_an_adjunct(annotate: Annotate) -> None:
    action = first(annotate, "The European Union suspended aid to the region because of the "
                             "fighting.", "suspended")
    assert (action["cameo"], action["plover"]) == ("162", "SANCTION")


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("Moroccan troops and French marines staged war games in the desert.", "MAR", "FRA"),
    ("China held naval drills with Russia in the Baltic Sea.", "CHN", "RUS"),
])
def test_exercises_held_together_are_military_cooperation(annotate: Annotate, sentence: str,
                                                          actor: str, target: str) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["plover"] == "COOPERATE"]
    assert (action["cameo"], action["actor"]["country"], action["target"]["country"]) == (
        "062", actor, target)


def test_exercises_held_alone_are_a_show_of_force(annotate: Annotate) -> None:
    (action,) = annotate("North Korea held military drills on Tuesday.")["actions"]
    assert (action["cameo"], action["plover"]) == ("150", "MOBILIZE")


def test_an_arrest_nobody_is_named_for_is_the_states_where_it_happens(annotate: Annotate) -> None:
    action = first(annotate, "A blogger was arrested on Tuesday in Chad.", "arrested")
    assert (action["actor"]["country"], action["target"]["text"]) == ("TCD", "blogger")


def test_a_killing_nobody_is_named_for_has_no_actor(annotate: Annotate) -> None:
    action = first(annotate, "Two activists were killed in Kenya on Sunday.", "killed")
    assert action["actor"] is None


def test_he_is_the_reporting_person(annotate: Annotate) -> None:
    action = first(annotate, "Gen. Okafor has said he will not lift the curfew.", "lift")
    assert action["actor"]["text"] == "Gen. Okafor"


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("Ramos reiterated Portugal's support for the government in Maputo.", "reiterated",
     "government in Maputo"),
    ("The Kenyan government declared its support for the truce agreement.", "declared",
     "truce agreement"),
])
def test_a_stance_stated_again_is_support_for_whom_it_names(annotate: Annotate, sentence: str,
                                                            trigger: str, target: str) -> None:
    action = first(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"], target_text(action)) == ("SUPPORT", "051", target)


def test_confirming_a_report_is_no_action(annotate: Annotate) -> None:
    assert annotate("The minister confirmed the report on Monday.")["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "plover", "cameo"), [
    # troops deployed as peacekeepers are aid (074), not a show of force
    ("Bangladesh began the deployment of a police unit to Haiti for a peacekeeping operation.",
     "deployment", "AID", "074"),
    ("Dozens of Irish peacekeepers began deploying on Tuesday.", "deploying", "AID", "074"),
    ("Russia deployed troops to the border on Friday.", "deployed", "MOBILIZE", "154"),
    # verbs of decreasing with economic sanctions ease them
    ("Washington reduced tariffs on Chinese goods.", "reduced", "RETREAT", "085"),
    # pledging support is a stance of support; pledging to act is an intent
    ("The prime minister pledged his full support for the new government.", "pledged",
     "SUPPORT", "051"),
    ("The prime minister pledged to send aid to the flooded region.", "pledged", "AGREE", None),
    # a conviction is CAMEO 116, root 11, which PLOVER translates as ACCUSE
    ("A court in Porto convicted two former mayors of fraud.", "convicted", "ACCUSE", "116"),
])
def test_codes_of_word_families(annotate: Annotate, sentence: str, trigger: str, plover: str,
                                cameo: str | None) -> None:
    action = first(annotate, sentence, trigger)
    assert action["plover"] == plover and (cameo is None or action["cameo"] == cameo)


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # the subject of a to-clause the verb governs
    ("The council welcomed Norway to chair the next round of talks.", "welcomed", "Norway"),
    # the party whose decision or move the act answers
    ("Ottawa welcomed the decision by the African Union.", "welcomed", "African Union"),
    # a visit's object is its host, also when the gazetteer does not know the place
    ("Chile's foreign minister will visit Tarija next week.", "visit", "Tarija"),
    # a conflict's adversary may sit in a deeper phrase
    ("Armenia mobilized its reservists for an offensive against the separatists.", "mobilized",
     "separatists"),
])
def test_targets_in_other_constructions(annotate: Annotate, sentence: str, trigger: str,
                                        target: str) -> None:
    assert target in (target_text(first(annotate, sentence, trigger)) or "")


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # a partner's with-phrase before what is shared
    ("Dutch prosecutors shared evidence with Belgium this week.", "shared", "Belgium"),
    # who made the demand or call an act answers
    ("The general rejected the U.N. demand for a truce.", "rejected", "U.N."),
    ("The prime minister rejected Washington's calls for a ceasefire.", "rejected",
     "Washington"),
    ("The mayor conceded to the demands of the striking bus drivers.", "conceded",
     "striking bus drivers"),
])
def test_partners_and_proposers(annotate: Annotate, sentence: str, trigger: str,
                                target: str) -> None:
    assert target_text(first(annotate, sentence, trigger)) == target


@pytest.mark.parametrize(("sentence", "trigger", "plover"), [
    # a hyphenated noun the tokenizer splits is one trigger word
    ("Opposition lawmakers held a sit-in in parliament on Monday.", "sit-in", "PROTEST"),
    ("Lawmakers staged a walk-out during the speech.", "walk-out", "PROTEST"),
    ("Both armies observed a cease-fire on Sunday.", "cease-fire", "RETREAT"),
    # storming a building is an armed assault on it
    ("Gunmen stormed the embassy compound on Friday.", "stormed", "ASSAULT"),
])
def test_hyphenated_and_storming_triggers(annotate: Annotate, sentence: str, trigger: str,
                                          plover: str) -> None:
    action = first(annotate, sentence, trigger)
    assert action["plover"] == plover
    assert annotate(sentence)["text"][action["start"]:action["end"]] == trigger

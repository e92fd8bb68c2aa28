"""The actions layer per lexicon family and per rule of the issue, on short original sentences.

Each case states what must be coded (or what must not): CAMEO root or code, PLOVER type, the
actor and target countries, modality and negation.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "expected"), [
    # consult: phone, visit (the host country is the target), host, negotiate
    ("Chancellor Friedrich Merz spoke by phone with French President Emmanuel Macron on Monday.",
     ("spoke", "041", "CONSULT", None, "FRA", "asserted", False)),
    ("Japan's prime minister arrived in Seoul on Tuesday for a two-day visit.",
     ("arrived", "042", "CONSULT", "JPN", "KOR", "asserted", False)),
    ("Egypt hosted the Sudanese army chief in Cairo.",
     ("hosted", "043", "CONSULT", "EGY", "SDN", "asserted", False)),
    ("Japan and South Korea held talks in Tokyo on Wednesday.",
     ("talks", "046", "CONSULT", "JPN", "KOR", "asserted", False)),
    # diplomatic cooperation: agreements, defending a country (not a city)
    ("Armenia and Azerbaijan signed a peace agreement on Friday.",
     ("signed", "057", "SUPPORT", "ARM", "AZE", "asserted", False)),
    # demands: the subject of the demanded clause is the target
    ("The European Union demanded that Belarus release the detained journalists.",
     ("demanded", "100", "REQUEST", "IGO", "BLR", "asserted", False)),
    # appeals: "called on X to"
    ("Moscow called on Kyiv to halt its attacks.",
     ("called", "025", "REQUEST", "RUS", "UKR", "asserted", False)),
    # rejections: refusing a meeting
    ("Hungary refused to meet the Ukrainian delegation.",
     ("refused", "125", "REJECT", "HUN", "UKR", "asserted", False)),
    # reduce relations: consulate closed, ties broken, talks suspended, ambassador recalled
    ("Venezuela broke off diplomatic relations with Argentina.",
     ("broke", "161", "SANCTION", "VEN", "ARG", "asserted", False)),
    ("China suspended military talks with the United States.",
     ("suspended", "164", "SANCTION", "CHN", "USA", "asserted", False)),
    ("Britain recalled its ambassador to Moscow.",
     ("recalled", "161", "SANCTION", "GBR", "RUS", "asserted", False)),
    ("Brazil closed its embassy in Caracas.",
     ("closed", "161", "SANCTION", "BRA", "VEN", "asserted", False)),
    ("The United States imposed sanctions on three Chinese companies.",
     ("sanctions", "163", "COERCE", "USA", "CHN", "asserted", False)),
    # historical names resolve to the successor state
    ("The Soviet Union expelled two British diplomats.",
     ("expelled", "161", "SANCTION", "RUS", "GBR", "asserted", False)),
    # a group located in a country acts for it
    ("Security forces in Guinea detained dozens of protesters.",
     ("detained", "173", "COERCE", "GIN", None, "asserted", False)),
    # disputing what someone reported or claimed is disapproval
    ("Kenya disputed the findings of the U.N. report on Wednesday.",
     ("disputed", "111", "ACCUSE", "KEN", "IGO", "asserted", False)),
    ("The Bolivian opposition challenged the official results on Monday.",
     ("challenged", "111", "ACCUSE", "BOL", None, "asserted", False)),
    # the object the small model makes the subject of an infinitive: "declared A CURFEW to
    # begin at midnight"; the measure is no target, so it binds the authorities' own country,
    # as a curfew does ("Peruvian authorities declared a curfew": PER, PER)
    ("Peruvian authorities declared a state of emergency to begin at midnight.",
     ("declared", "1724", "COERCE", "PER", "PER", "asserted", False)),
])
def test_family(annotate: Annotate, sentence: str, expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


def test_summoned_ambassador_passive_with_institution_in_capital(annotate: Annotate) -> None:
    (action,) = annotate("The ambassador was summoned by the Foreign Ministry in Warsaw.")["actions"]
    assert (action["cameo"], action["plover"], action["actor"]["country"]) == ("110", "ACCUSE", "POL")


def test_negated_phone_call(annotate: Annotate) -> None:
    (action,) = annotate("The two presidents have not spoken by phone since the election.")["actions"]
    assert (action["cameo"], action["negated"]) == ("041", True)


def test_failed_action_is_negated(annotate: Annotate) -> None:
    # (a failure to agree is a disagreement: test_actions_constructions.py)
    (action,) = annotate("The envoy failed to meet the president on Friday.")["actions"]
    assert action["negated"] is True


def test_accusation_codes_the_accusation_not_the_alleged_act(annotate: Annotate) -> None:
    record = annotate("Lithuania accused Russia of jamming GPS signals over the Baltic Sea.")
    assert coded(record) == [("accused", "112", "ACCUSE", "LTU", "RUS", "asserted", False)]


def test_compound_actor_and_content_of_accusation(annotate: Annotate) -> None:
    record = annotate("The U.S. and Britain accused Iran of supplying drones to Russia.")
    assert {(a[0], a[3], a[4]) for a in coded(record)} == {("accused", "USA", "IRN"),
                                                          ("accused", "GBR", "IRN")}


def test_compound_target_gives_one_action_per_target(annotate: Annotate) -> None:
    record = annotate("Poland defended Ukraine and Moldova against Russian criticism.")
    assert {(a[1], a[3], a[4]) for a in coded(record) if a[0] == "defended"} == {
        ("052", "POL", "UKR"), ("052", "POL", "MDA")}


@pytest.mark.parametrize("sentence", [
    "The mayor challenged the law in court on Monday.",  # a lawsuit
    "Three parties contested the election in March.",  # running in it
])
def test_challenging_in_court_or_contesting_an_election_is_no_disapproval(
        annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["plover"] == "ACCUSE"] == []


def test_defending_a_place_is_no_diplomatic_event(annotate: Annotate) -> None:
    assert annotate("The army defended the city.")["actions"] == []


def test_conditional_threat_targets_the_party_of_the_condition(annotate: Annotate) -> None:
    record = annotate("Iran threatened to close the Strait of Hormuz if Washington imposed new "
                      "sanctions.")
    (action,) = record["actions"]
    assert (action["cameo"][:2], action["plover"]) == ("13", "THREATEN")
    assert (action["actor"]["country"], action["target"]["country"]) == ("IRN", "USA")


def test_conditional_future_conflict_is_a_threat(annotate: Annotate) -> None:
    record = annotate("If Iran enriches more uranium, the EU would impose new sanctions on Iran.")
    (action,) = record["actions"]
    assert (action["cameo"], action["plover"], action["modality"]) == ("1312", "THREATEN",
                                                                      "conditional")


def test_intent_to_conflict_is_a_threat_not_an_agreement(annotate: Annotate) -> None:
    (action,) = annotate("Iran agreed to expel the Azerbaijani ambassador.")["actions"]
    assert (action["trigger"], action["cameo"], action["plover"]) == ("expel", "1313", "THREATEN")
    assert (action["actor"]["country"], action["target"]["country"]) == ("IRN", "AZE")


def test_willing_to_withdraw_is_intent(annotate: Annotate) -> None:
    (action,) = annotate("Chad is willing to withdraw its soldiers from the disputed oasis.")[
        "actions"]
    assert (action["cameo"][:2], action["plover"], action["actor"]["country"],
            action["modality"]) == ("03", "AGREE", "TCD", "future")


def test_reported_pronoun_is_the_speaker(annotate: Annotate) -> None:
    (action,) = annotate("The Kremlin said it would retaliate against Finland.")["actions"]
    assert (action["plover"], action["actor"]["text"], action["actor"]["country"],
            action["target"]["country"]) == ("THREATEN", "Kremlin", "RUS", "FIN")


def test_reported_pronoun_is_the_speaker_also_without_a_country(annotate: Annotate) -> None:
    record = annotate("The relief agency said it would deliver food aid to the flooded towns.")
    assert [a["actor"]["text"] for a in record["actions"]] == ["relief agency"]


def test_pronoun_it_takes_the_previous_sentence_country_subject(annotate: Annotate) -> None:
    record = annotate("Slovakia summoned the Russian ambassador on Monday. "
                      "On Tuesday it expelled two Russian diplomats.")
    expelled = next(a for a in record["actions"] if a["trigger"] == "expelled")
    assert (expelled["actor"]["country"], expelled["target"]["country"]) == ("SVK", "RUS")


def test_pronoun_he_takes_the_last_person(annotate: Annotate) -> None:
    record = annotate("Russian Foreign Minister Dmitry Orlov arrived in Ankara on Monday. "
                      "He accused Poland of espionage.")
    accused = next(a for a in record["actions"] if a["trigger"] == "accused")
    orlov = next(p for p in record["people"] if p["name"] == "Dmitry Orlov")
    assert (accused["actor"]["person"], accused["actor"]["country"]) == (orlov["id"], "RUS")


def test_two_events_in_one_sentence(annotate: Annotate) -> None:
    record = annotate("Slovakia expelled two Russian diplomats and closed the Russian consulate "
                      "in Kosice.")
    assert {(a[0], a[1], a[3], a[4]) for a in coded(record)} == {
        ("expelled", "161", "SVK", "RUS"), ("closed", "161", "SVK", "RUS")}


def test_casualties_are_part_of_the_attack(annotate: Annotate) -> None:
    record = annotate("Rebels shelled the town on Sunday, killing 12 people.")
    assert [a["trigger"] for a in record["actions"]] == ["shelled"]


def test_protest_demands_are_the_protest(annotate: Annotate) -> None:
    record = annotate("Thousands of protesters rallied in Tbilisi to demand new elections.")
    assert [(a["trigger"], a["plover"]) for a in record["actions"]] == [("rallied", "PROTEST")]


def test_optimistic_comment(annotate: Annotate) -> None:
    (action,) = annotate("Officials were optimistic about the talks.")["actions"]
    assert (action["cameo"], action["plover"]) == ("013", None)


def test_agreed_that_is_accord_not_intent(annotate: Annotate) -> None:
    record = annotate("The two ministers agreed that the crisis needed a political solution.")
    assert {a["cameo"] for a in record["actions"]} == {"019"}


@pytest.mark.parametrize("sentence", [
    "The new law will be met with resistance in parliament.",  # "be met with": no meeting
    "The minister raised the issue at talks in Geneva.",  # talks as a setting, no party
    "Prices declined sharply in the afternoon session.",
    "The company reported strong quarterly profits.",
    "The minister said the report would be published next week.",
    "Officials toured the besieged town on Friday.",  # a participle describes the town
])
def test_no_action(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # verbs whose lemma the model gets wrong without annotate_verb_lemmas
    ("Soldiers raped dozens of women in the village.", ("raped", "1821", "ASSAULT")),
    ("The rebels waged war on the government.", ("waged", "190", "ASSAULT")),
])
def test_verbs_the_model_lemmatised_wrongly(annotate: Annotate, sentence: str,
                                            expected: tuple[str, str, str]) -> None:
    assert [(a["trigger"], a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            ] == [expected]


def test_a_marketing_campaign_is_no_war(annotate: Annotate) -> None:
    assert annotate("The company waged a marketing campaign.")["actions"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # firing at someone is shooting at them; a meeting's at-phrase is its venue, no party
    ("Police fired at the crowd outside the parliament.", [("fired", "193", "ASSAULT")]),
    ("The company fired its chief executive on Monday.", []),
])
def test_firing_at_someone(annotate: Annotate, sentence: str,
                           expected: list[tuple[str, str, str]]) -> None:
    assert [(a["trigger"], a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            ] == expected


def test_the_venue_of_a_meeting_is_no_party(annotate: Annotate) -> None:
    (action,) = annotate("The two ministers met at a summit in Geneva in June.")["actions"]
    assert action["target"] is None


@pytest.mark.parametrize(("sentence", "expected"), [
    # personnel contributed to a multinational force is aid (074); pledged, a promise of it
    ("Colombia contributed 500 troops to the U.N. force in Haiti.",
     ("contributed", "074", "AID", "COL", "HTI", "asserted", False)),
    ("Kenya pledged 1,000 police officers to the mission in Haiti.",
     ("pledged", "0334", "AGREE", "KEN", "HTI", "asserted", False)),
    # help given to a country or organisation is aid (070)
    ("The United States helped Ukraine with weapons and money.",
     ("helped", "070", "AID", "USA", "UKR", "asserted", False)),
])
def test_personnel_and_help(annotate: Annotate, sentence: str,
                            expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


@pytest.mark.parametrize("sentence", [
    "The coach helped the team win the title.",
    "The new software assists drivers in heavy traffic.",
])
def test_help_to_no_party_is_no_aid(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # cyber attacks: CAMEO 176, PLOVER ASSAULT (the lexicon's CONVENTION 6)
    ("Iranian hackers launched cyber attacks on Israeli water utilities.",
     ("attacks", "176", "ASSAULT", "IRN", "ISR", "asserted", False)),
    ("A cyberattack on Estonia's banks disrupted payments for three days.",
     ("cyberattack", "176", "ASSAULT", None, "EST", "asserted", False)),
])
def test_cyber_attacks_are_assaults(annotate: Annotate, sentence: str,
                                    expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # armed forces leaving a country withdraw from it (0874)
    ("The last Russian soldiers left Syria on Monday.",
     ("left", "0874", "RETREAT", "RUS", "SYR", "asserted", False)),
    ("American troops have begun leaving Afghanistan.",
     ("leaving", "0874", "RETREAT", "USA", "AFG", "asserted", False)),
])
def test_forces_leaving_withdraw(annotate: Annotate, sentence: str,
                                 expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


def test_anyone_else_leaving_is_no_event(annotate: Annotate) -> None:
    assert annotate("The foreign minister left Cairo on Tuesday.")["actions"] == []

"""Precision on short original sentences: what is not reported as happening gets no action,
or the modality that says so."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.actions.action import Action, Party
from annotate.actions.filters import against_itself

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    # a noun of absence: the event it names is not going on
    "There was a lull in the fighting on Sunday.",
    "The envoy called for an end to the violence.",
    # an expulsion or sanction with one country on both sides is a resolution error
    "Russia expelled two Russian diplomats on Monday.",
    "The United States imposed sanctions on American companies.",
    # no event at all
    "The weather in Geneva was mild on Monday.",
    "The minister released a statement about the economy.",
])
def test_no_action(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if not a["negated"]
            and a["plover"] in ("ASSAULT", "SANCTION", "COERCE", "RETREAT")] == []


@pytest.mark.parametrize(("cameo", "target", "dropped"), [
    ("161", "Russian diplomats", True),
    ("163", "its own companies", False),  # the text says so
    ("174", "foreign workers", False),  # deporting residents is domestic
    ("111", "Russian officials", False),  # criticising one's own side is common
])
def test_one_country_on_both_sides_of_an_expulsion(cameo: str, target: str,
                                                  dropped: bool) -> None:
    action = Action(id="A1", start=0, end=1, trigger="x", plover=None, mode=None, cameo=cameo,
                    actor=Party("Russia", 0, 6, "RUS", None),
                    target=Party(target, 10, 20, "RUS", None), date=None, negated=False,
                    modality="asserted", quad="", token=0)
    assert against_itself(action) is dropped


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The minister began a visit meant to revive the stalled talks.", "talks"),
    ("Mediators tried to broker a truce between the two militias.", "truce"),
])
def test_an_aim_is_not_a_fact(annotate: Annotate, sentence: str, trigger: str) -> None:
    actions = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert all(a["modality"] == "hypothetical" for a in actions)


def test_only_if_is_a_condition(annotate: Annotate) -> None:
    record = annotate("Israel will withdraw its troops only if Hamas halts its rocket fire.")
    assert {a["modality"] for a in record["actions"]} == {"conditional"}


def test_whoever_remembers_an_attack_did_not_carry_it_out(annotate: Annotate) -> None:
    record = annotate("Mourners gathered to remember the victims of the bombing.")
    assert all(a["actor"] is None for a in record["actions"] if a["plover"] == "ASSAULT")


def test_a_round_of_talks_is_held_by_the_subject(annotate: Annotate) -> None:
    (action,) = annotate("Armenia held a new round of talks with Azerbaijan.")["actions"]
    assert (action["actor"]["country"], action["target"]["country"]) == ("ARM", "AZE")


@pytest.mark.parametrize(("sentence", "trigger", "actor", "cameo"), [
    # a document's present participle is what the document does, by its author
    ("Lawmakers in Riga passed a resolution condemning the mayor.", "condemning",
     "Lawmakers", "111"),
    ("The EU released a statement condemning the violence.", "condemning", "EU", "111"),
    # legal accusations carried by their verbs
    ("State prosecutors filed new charges against a former senator.", "filed", "prosecutors",
     "112"),
    ("The ministry launched legal action against the Danish shipping firm.", "action",
     "ministry", "115"),
])
def test_documents_and_legal_accusations(annotate: Annotate, sentence: str, trigger: str,
                                         actor: str, cameo: str) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert actor in action["actor"]["text"] and action["cameo"] == cameo


@pytest.mark.parametrize("sentence", [
    "Police found the man carrying a weapon.",  # a participle of a person, not a document
    "The minister is in charge of the talks.",  # "charge" alone is no accusation
])
def test_no_accusation(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["plover"] == "ACCUSE"] == []


@pytest.mark.parametrize("sentence", [
    # no-event rows: the sense the object names reports no event
    "The program aims to meet the housing needs of the returnees.",
    "The government met the deadline for the report.",
    "The minister's speech struck a conciliatory tone.",
])
def test_senses_that_are_no_event(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["plover"] in ("CONSULT", "ASSAULT")] == []


def test_the_same_words_in_their_event_sense(annotate: Annotate) -> None:
    assert {a["plover"] for a in annotate("Putin met Erdogan in Sochi.")["actions"]} == {"CONSULT"}
    assert {a["plover"] for a in annotate("Missiles struck the port.")["actions"]} == {"ASSAULT"}


@pytest.mark.parametrize(("sentence", "trigger", "negated", "modality"), [
    ("The council set no deadline for Iran.", "set", True, None),
    # a wanted clause (the only event of its sentence; beside one it would set the scene)
    ("Both sides must find a formula that stops attacks on Kurdish villages.", "stops",
     False, "hypothetical"),
])
def test_negated_objects_and_wanted_clauses(annotate: Annotate, sentence: str, trigger: str,
                                            negated: bool, modality: str | None) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert action["negated"] is negated
    assert modality is None or action["modality"] == modality


@pytest.mark.parametrize(("sentence", "trigger", "plover", "cameo"), [
    # verbs of transport with humanitarian supplies are aid
    ("A Norwegian charity flew eight tons of vaccines to the island.", "flew", "AID", "073"),
    # a deadline set or given to a party is an ultimatum
    ("Lima gave Quito a June 30 deadline to withdraw its fishing fleet.", "gave", "THREATEN",
     "139"),
    # granting or approving a request accedes to it
    ("The interior minister approved a request from the Red Cross for access.", "approved",
     "CONCEDE", "083"),
    # an honour awarded is praise
    ("Latvia awarded its highest honour to a retired Swedish diplomat.", "awarded", "SUPPORT",
     "051"),
    # training another party's forces is military cooperation
    ("British instructors trained Somali police officers last year.", "trained", "COOPERATE",
     "062"),
])
def test_more_word_families(annotate: Annotate, sentence: str, trigger: str, plover: str,
                            cameo: str) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert (action["plover"], action["cameo"]) == (plover, cameo)


@pytest.mark.parametrize("sentence", [
    "The deadline passed on Friday without a deal.",  # a deadline alone is no ultimatum
    "The coach is training young players.",  # training players is no military cooperation
])
def test_the_same_families_without_their_object(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"]
            if a["plover"] in ("THREATEN", "COOPERATE")] == []


@pytest.mark.parametrize("sentence", [
    "The family appealed to a federal appeals court in Atlanta.",
    "The family will appeal the decision.",
    "Lawyers said they would file a court appeal.",
    "The family could lose their appeal.",
])
def test_a_legal_appeal_is_no_request(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["plover"] == "REQUEST"] == []


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The pope issued an appeal for calm.", "appeal"),
    ("Kenya appealed to the United Nations for food aid.", "appealed"),
])
def test_an_appeal_for_something_is_a_request(annotate: Annotate, sentence: str,
                                              trigger: str) -> None:
    assert [a["plover"] for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger] == ["REQUEST"]


@pytest.mark.parametrize("sentence", [
    "The fund has met all the redemptions.",
    "The company must meet a profitability test.",
])
def test_meeting_a_test_or_payments_is_no_meeting(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_a_meeting_at_the_end_of_a_summit_is_still_a_meeting(annotate: Annotate) -> None:
    (action,) = annotate("The ministers met at the end of the summit.")["actions"]
    assert (action["plover"], action["target"]) == ("CONSULT", None)


def test_on_behalf_of_names_no_target(annotate: Annotate) -> None:
    (action,) = [a for a in annotate("The president issued an ultimatum on behalf of the "
                                     "allies.")["actions"] if a["trigger"] == "ultimatum"]
    assert action["target"] is None


@pytest.mark.parametrize("sentence", [
    "The general said the parade demonstrated the army's resolve.",
    "The minister said the vote demonstrated that the alliance was united.",
    "The summit was a demonstration of the bloc's unity.",
])
def test_showing_something_is_no_protest(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["plover"] == "PROTEST"] == []


@pytest.mark.parametrize("sentence", [
    "Thousands demonstrated outside the embassy on Friday.",
    "Police broke up a demonstration of 5,000 students in the capital.",
])
def test_a_demonstration_by_people_is_a_protest(annotate: Annotate, sentence: str) -> None:
    assert [a["plover"] for a in annotate(sentence)["actions"]] == ["PROTEST"]


@pytest.mark.parametrize(("sentence", "plover"), [
    ("The senator attacked the governor for failing to enforce the order.", "ACCUSE"),
    ("The opposition attacked the premier for his remarks on the strike.", "ACCUSE"),
    ("Rebels attacked the army base for the third time on Sunday.", "ASSAULT"),
    ("Militants attacked the convoy over the weekend.", "ASSAULT"),
])
def test_an_attack_with_a_reason_is_criticism(annotate: Annotate, sentence: str,
                                              plover: str) -> None:
    assert [a["plover"] for a in annotate(sentence)["actions"]
            if a["trigger"] == "attacked"] == [plover]


@pytest.mark.parametrize("sentence", [
    "The company began its tender offer for all the common shares of the firm.",
    "The bank agreed to sell two insurance subsidiaries for $90 million.",
    "The investor group proposed to buy a 30% stake in the airline.",
])
def test_a_company_deal_is_no_diplomatic_event(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_an_arms_sale_keeps_its_row(annotate: Annotate) -> None:
    (action,) = annotate("Russia agreed to sell air defense missiles to Turkey.")["actions"]
    assert (action["plover"], action["target"]["country"]) == ("AGREE", "TUR")


@pytest.mark.parametrize("sentence", [
    "Officials are warning residents that heavy rains will cause landslides.",
    "Economists warned that prices could rise sharply this winter.",
    "The central bank issued a warning that inflation could rise.",
])
def test_a_forecast_is_no_threat(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize("sentence", [
    "The ambassador warned Berlin that Washington would scale back cooperation.",
    "The minister warned that the sanctions would hurt ordinary Iranians.",
    "The speaker warned that there would be no trade deal.",
])
def test_a_warning_about_a_party_or_an_event_is_a_threat(annotate: Annotate,
                                                        sentence: str) -> None:
    assert [a["plover"] for a in annotate(sentence)["actions"]
            if a["trigger"] == "warned"] == ["THREATEN"]


def test_mobilizing_supporters_is_no_military_move(annotate: Annotate) -> None:
    assert annotate("The party mobilized its supporters ahead of the vote.")["actions"] == []
    (action,) = annotate("Russia mobilized 300,000 reservists in September.")["actions"]
    assert action["plover"] == "MOBILIZE"


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Police broke up a demonstration of 5,000 students in the capital.", "5,000 students"),
    ("The letter was read at a rally of several thousand teachers.",
     "several thousand teachers"),
])
def test_who_gathered_is_the_actor_of_a_gathering(annotate: Annotate, sentence: str,
                                                 actor: str) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["plover"] == "PROTEST"]
    assert (action["actor"]["text"], action["target"]) == (actor, None)


def test_a_meeting_is_its_conveners_not_its_members(annotate: Annotate) -> None:
    (action,) = annotate("President Ana Ruiz chaired a meeting of the cabinet on Monday."
                         )["actions"]
    assert action["actor"]["text"] == "President Ana Ruiz"


def test_what_is_hoped_for_is_no_fact(annotate: Annotate) -> None:
    # a clause of a verb of wishing is hypothetical, even with "will"
    (action,) = annotate("Officials hope the visit will revive the stalled talks.")["actions"]
    assert action["modality"] == "hypothetical"


@pytest.mark.parametrize("sentence", [
    "The airline offers one flight a week to the island.",  # a service, no diplomatic offer
    "The paper writes the headline first, as opposed to other dailies.",  # a comparison
])
def test_commercial_offers_and_comparisons_are_no_event(annotate: Annotate,
                                                        sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_offering_criticism_is_criticism(annotate: Annotate) -> None:
    (action,) = annotate("The delegation offered scathing criticism of the government's "
                         "handling of the crisis.")["actions"]
    assert (action["trigger"], action["plover"]) == ("criticism", "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "Norway offered to mediate between the two sides.",
    "Italy offered an armored regiment to the United States.",
    "Qatar offered $50 million to rebuild the hospital.",
])
def test_an_offer_to_act_or_to_a_party_is_still_an_offer(annotate: Annotate,
                                                         sentence: str) -> None:
    assert [a["plover"] for a in annotate(sentence)["actions"]] == ["AGREE"]


def test_what_is_done_without_doing_did_not_happen(annotate: Annotate) -> None:
    actions = annotate("The army withdrew from the town without firing a shot.")["actions"]
    assert [(a["trigger"], a["negated"]) for a in actions] == [("withdrew", False),
                                                               ("firing", True)]


def test_what_a_call_ended_without_was_not_ended(annotate: Annotate) -> None:
    actions = annotate("The call about a prisoner swap ended without an agreement.")["actions"]
    assert [a for a in actions if a["trigger"] == "ended"] == []


@pytest.mark.parametrize(("sentence", "modality"), [
    ("The talks covered a proposed prisoner exchange.", "hypothetical"),
    ("Officials said a possible Russian airstrike hit the port.", "hypothetical"),
])
def test_a_proposed_or_possible_event_is_no_fact(annotate: Annotate, sentence: str,
                                                 modality: str) -> None:
    assert [a["modality"] for a in annotate(sentence)["actions"]
            if a["trigger"] in ("exchange", "airstrike")] == [modality]


@pytest.mark.parametrize("sentence", [
    # contests are no diplomatic events: withdrawing from one is no retreat, hosting one no visit
    "The Serbian champion withdrew from the French Open with a knee injury.",
    "Kenyan runners withdrew from the marathon after the heat warning.",
    "Qatar will host the Asian Cup next year.",
    "The city hosts a jazz festival every summer.",
    # a problem or a task is tackled, not attacked
    "The central bank attacked the problem with new lending rules.",
    "Researchers attacked the question from a new angle.",
])
def test_contests_and_problems_are_no_event(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

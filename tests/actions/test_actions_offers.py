"""Offers made on a condition, and decisions: what a party says it is willing, ready or
prepared to do "if ..." is an offer made now (PLOVER AGREE, CAMEO 03x), the condition qualifying
the act offered; what a party has decided to do is done, not announced ahead. Short original
sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def action_of(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    (action,) = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    return action


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Serbia is willing to release the two police officers if Kosovo frees its men.",
     "release", "0353"),
    ("Sudan is ready to withdraw its troops from the border if the rebels disarm.",
     "withdraw", "0356"),
    ("Chad is prepared to lift the curfew if the protests end.", "lift", "0351"),
])
def test_a_conditional_offer_is_an_offer(annotate: Annotate, sentence: str, trigger: str,
                                         cameo: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["cameo"], action["plover"], action["modality"], action["negated"]) == (
        cameo, "AGREE", "future", False)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("If Iran agrees to release the sailors, Britain will lift the ban.", "agrees"),
    ("If Iran decides to free the sailors, Britain will lift the ban.", "free"),
    ("If Iran is willing to free the sailors, Britain will lift the ban.", "free"),
])
def test_an_offer_or_decision_that_is_itself_a_condition_stays_conditional(
        annotate: Annotate, sentence: str, trigger: str) -> None:
    assert action_of(annotate, sentence, trigger)["modality"] == "conditional"


def test_an_act_on_a_condition_without_an_offer_stays_conditional(annotate: Annotate) -> None:
    action = action_of(annotate, "Israel will withdraw its troops if Hamas halts its rocket "
                                 "fire.", "withdraw")
    assert action["modality"] == "conditional"


def test_a_willing_company_is_no_event(annotate: Annotate) -> None:
    assert annotate("The company is willing to pay more if sales rise.")["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "plover"), [
    ("Japan has decided to lift its sanctions on Iran.", "lift", "085", "RETREAT"),
    ("The court decided to free the two activists on Monday.", "free", "0841", "RETREAT"),
    ("Norway decided to expel two Russian diplomats.", "expel", "161", "SANCTION"),
])
def test_a_decision_is_the_act(annotate: Annotate, sentence: str, trigger: str, cameo: str,
                               plover: str) -> None:
    action = action_of(annotate, sentence, trigger)
    assert (action["cameo"], action["plover"], action["modality"], action["negated"]) == (
        cameo, plover, "asserted", False)


def test_a_plan_is_still_an_intent(annotate: Annotate) -> None:
    action = action_of(annotate, "Japan plans to lift its sanctions on Iran.", "lift")
    assert (action["cameo"], action["plover"], action["modality"]) == ("0354", "AGREE",
                                                                       "future")


def test_a_decision_about_a_vote_is_no_event(annotate: Annotate) -> None:
    assert annotate("The board decided to hold the vote in June.")["actions"] == []

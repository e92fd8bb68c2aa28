"""Senses of trigger words that report no diplomatic action, found on news and other text no
actions rule was written for: company deals, bouts of illness, pests, meetings of a company or
a town, idioms; and the diplomatic senses of the same words, which still give their event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _codes(annotate: Annotate, sentence: str) -> list[tuple[str, str]]:
    return [(a["trigger"], a["cameo"]) for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize("sentence", [
    # taking over a company is the content: a company deal
    "The bank agreed to acquire the insurer for $2 billion.",
    "Acme Corp. proposed acquiring its smaller rival for $7 a share.",
    "The two airlines agreed to merge next year.",
    "The steelmaker offered to acquire the rest of the mill.",
    "The two firms are negotiating a merger.",
    "Negotiations on the takeover broke down on Friday.",
    # a price per share is the word of a company deal
    "The rival bidder has offered $125 a share for the chain.",
    "The hospital group received a $24-a-share offer from an investor group.",
    "The investor group lowered its offer to $26.50 a share.",
    "The board accepted the offer, valued at $57.50 a share.",
    # a sudden bout of an illness: its kind is a compound or adjective
    "The senator suffered a panic attack during the debate.",
    "The singer was treated for an asthma attack.",
    # pests, weeds and microbes are no party
    "Farmers sprayed the fields to kill the insects.",
    "The new drug kills cancer cells, researchers said.",
    # meetings of a company's owners, a town or a school
    "The merger was approved at a special shareholders' meeting on Friday.",
    "Residents debated the landfill at a town meeting.",
    "Parents raised the issue at a school meeting.",
    # an idiom
    "The ruling struck a blow for free speech, the lawyer said.",
])
def test_no_diplomatic_sense(annotate: Annotate, sentence: str) -> None:
    assert _codes(annotate, sentence) == []


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Egypt agreed to hold talks with Israel.", "agreed", "036"),
    ("Japan offered $10 million in aid to Haiti.", "offered", "033"),
    ("Iran accepted the offer of talks on Monday.", "accepted", "030"),
    ("Israel and Syria are negotiating a peace deal.", "negotiating", "046"),
    ("Rebels launched an attack on the army base.", "attack", "190"),
    # the heart of something attacked is its object, no kind of attack
    ("It was an attack by a foreign state on the heart of our democracy, the minister said.",
     "attack", "190"),
    ("Soldiers killed three villagers in the north.", "killed", "190"),
    ("The foreign ministers held a meeting in Geneva.", "meeting", "040"),
    ("Putin's meeting with Erdogan lasted three hours.", "meeting", "040"),
    ("Israeli jets struck targets in Gaza.", "struck", "190"),
    ("The two countries struck a deal on Monday.", "struck", "030"),
])
def test_diplomatic_sense_kept(annotate: Annotate, sentence: str, trigger: str,
                               cameo: str) -> None:
    assert (trigger, cameo) in _codes(annotate, sentence)


def test_strikers_named_as_possessor_make_a_labour_strike(annotate: Annotate) -> None:
    """"the miners' strike" is a labour strike (CAMEO 143), not an armed strike (190)."""
    assert _codes(annotate, "Output fell because of the miners' strike.") == [("strike", "143")]


@pytest.mark.parametrize(("sentence", "trigger"), [
    # a strike whose strikers are workers, a union or a profession is a labour protest
    # (CAMEO 143, PLOVER PROTEST), whoever names them: the subject of the verb that starts,
    # stages or continues it, or of "be on strike"
    ("Hospital doctors began an open-ended strike on Monday.", "strike"),
    ("Postal employees have been on strike for three weeks.", "strike"),
    ("The dockers extended their strike into a second week.", "strike"),
    ("The strikers resumed their strike on Monday.", "strike"),
    ("Nurses staged a strike over unpaid wages.", "staged"),
])
def test_a_labour_strike_is_a_protest(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert (trigger, "143") in _codes(annotate, sentence)


@pytest.mark.parametrize("sentence", [
    # guards: a strike by armed men or aircraft stays an attack
    "The rebels launched a strike on the army base.",
    "Fighter jets carried out a strike on the compound.",
])
def test_a_military_strike_stays_an_attack(annotate: Annotate, sentence: str) -> None:
    assert ("strike", "190") in _codes(annotate, sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a strike staged is a protest whoever stages it (the stage row: the lemma the model now
    # gets for "staged"), and a hunger strike keeps its own code under a light verb
    ("Protesters staged a strike in the capital.", ("staged", "143")),
    ("The detainees held a hunger strike for a month.", ("held", "142")),
    ("Two jailed activists declared a hunger strike.", ("declared", "142")),
])
def test_light_verbs_of_strikes(annotate: Annotate, sentence: str,
                                expected: tuple[str, str]) -> None:
    assert expected in _codes(annotate, sentence)

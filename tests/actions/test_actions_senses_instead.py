"""Precision on short original sentences, continued: the same verbs in their diplomatic and
other senses, acts a storm forced, who was helped, a court striking down a law, and what is
done "instead of" or "rather than" another act."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence, expected", [
    ("Qatar withdrew from the Arab League in protest.", ("withdrew", "SANCTION", "160")),
    ("Israel will host the Egyptian president next week.", ("host", "AGREE", "036")),
    ("Ukraine shot down 30 Russian drones overnight.", ("shot", "ASSAULT", "190")),
    ("The senator shot down the proposal in a committee hearing.", ("shot", "REJECT", "120")),
    ("Rebels attacked an army post near the border.", ("attacked", "ASSAULT", "190")),
])
def test_the_same_verbs_in_their_diplomatic_sense(annotate: Annotate, sentence: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in [(a["trigger"], a["plover"], a["cameo"])
                        for a in annotate(sentence)["actions"]]


def test_an_act_a_storm_forced_is_nobody_s(annotate: Annotate) -> None:
    assert annotate("The storm forced the cancellation of the summit.")["actions"] == []


@pytest.mark.parametrize("sentence, helped", [
    ("Twelve crew members were rescued after the ferry sank off Crete.", "crew"),
    ("About 200 Syrian refugees were resettled in Canada last year.", "refugees"),
])
def test_who_was_helped_is_not_who_helped(annotate: Annotate, sentence: str,
                                          helped: str) -> None:
    assert not [a for a in annotate(sentence)["actions"]
                if a["actor"] and helped in a["actor"]["text"]]


def test_a_force_sent_in_the_passive_still_stands_for_its_sender(annotate: Annotate) -> None:
    assert ("deployed", "KEN", "HTI") in [
        (a["trigger"], a["actor"] and a["actor"]["country"], a["target"] and a["target"]["country"])
        for a in annotate("About 500 Kenyan police officers were deployed to Haiti.")["actions"]]


def test_a_court_striking_down_a_law_is_no_strike(annotate: Annotate) -> None:
    assert annotate("The Supreme Court struck down the state's abortion law.")["actions"] == []


@pytest.mark.parametrize(("sentence", "trigger", "kept"), [
    # what is done "instead of" or "rather than" something else: that other act did not happen
    ("Instead of shelling the village, the militia pulled back.", "shelling", "pulled"),
    ("Rather than meet the strikers, the mayor called in police.", "meet", None),
    ("The army shelled the town rather than negotiating with Kabul.", "negotiating",
     "shelled"),
    ("The ambassador chose to resign rather than apologize.", "apologize", None),
])
def test_what_is_done_instead_did_not_happen(annotate: Annotate, sentence: str, trigger: str,
                                             kept: str | None) -> None:
    actions = annotate(sentence)["actions"]
    assert all(a["negated"] for a in actions if a["trigger"] == trigger)
    if kept is not None:  # guard: the act done instead is reported as it happened
        assert any(a["trigger"] == kept and not a["negated"] for a in actions)


@pytest.mark.parametrize("sentence", [
    # guards: "instead" alone, and "rather than" naming a party, deny no act
    "Instead, the rebels attacked the convoy.",
    "The cabinet, rather than the army, ordered the arrests.",
])
def test_instead_alone_denies_nothing(annotate: Annotate, sentence: str) -> None:
    actions = annotate(sentence)["actions"]
    assert actions and not any(a["negated"] for a in actions)

"""A deal reached or struck: PLOVER SUPPORT ("ratify, sign or finalize an agreement", the PLOVER
manual), CAMEO 030 as before; one still to come is an intent (AGREE), and one the parties failed
to reach a disagreement (REJECT). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str) -> list[tuple[str, str, str | None, bool]]:
    return [(a["trigger"], a["cameo"], a["plover"], a["negated"])
            for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iran and the European Union reached a deal on Tuesday.", "reached"),
    ("Israel and Hamas struck a deal to exchange prisoners.", "struck"),
    ("Peru and Chile have reached an agreement on fishing quotas.", "reached"),
])
def test_a_deal_reached_is_a_finalised_agreement(annotate: Annotate, sentence: str,
                                                 trigger: str) -> None:
    assert (trigger, "030", "SUPPORT", False) in coded(annotate, sentence)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iran and the European Union will reach a deal next week, diplomats said.", "reach"),
    ("Negotiators from Peru and Chile hope to reach an agreement by Friday.", "reach"),
])
def test_a_deal_still_to_come_is_an_intent(annotate: Annotate, sentence: str,
                                           trigger: str) -> None:
    assert (trigger, "030", "AGREE", False) in coded(annotate, sentence)


def test_a_deal_the_parties_failed_to_reach_is_a_disagreement(annotate: Annotate) -> None:
    assert ("reach", "120", "REJECT", False) in coded(
        annotate, "Serbia and Kosovo failed to reach a deal on the border crossings.")


@pytest.mark.parametrize("sentence", [
    "Temperatures reached a record high on Monday.",
    "The strike reached its third week on Tuesday.",
    "The report reached the same conclusion as the audit.",
])
def test_reaching_a_level_or_a_conclusion_is_no_event(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

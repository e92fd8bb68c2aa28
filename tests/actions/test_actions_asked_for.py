"""What a noun of asking asks for is no event of its own: "faced CALLS FOR his RESIGNATION",
"the DEMAND FOR the RELEASE of the hostages"; a verb of asking still codes its request."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def test_what_a_call_asks_for_is_no_event(annotate: Annotate) -> None:
    assert annotate("The premier ignored calls for his resignation.")["actions"] == []


def test_calls_brushed_aside_are_rejected_not_granted(annotate: Annotate) -> None:
    """Brushing aside calls rejects them (120, models/actions_phrasal.tsv); what they ask
    for, a resignation, did not happen."""
    actions = annotate("The government brushed aside calls for his resignation.")["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [("120", "REJECT")]


def test_a_demand_for_a_release_releases_nobody(annotate: Annotate) -> None:
    actions = annotate("The demand for the release of the hostages was rejected.")["actions"]
    assert [a["plover"] for a in actions] == ["REJECT"]


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Kenya demanded the release of the activist.", "1053"),
    ("The opposition called for the release of the detainees.", "0253"),
])
def test_verbs_of_asking_keep_their_request(annotate: Annotate, sentence: str,
                                            cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

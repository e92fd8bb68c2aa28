"""What a noun of asking asks for is no event of its own: "faced CALLS FOR his RESIGNATION",
"the DEMAND FOR the RELEASE of the hostages"; a verb of asking still codes its request."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The premier ignored calls for his resignation.",
    "The government brushed aside calls for his resignation.",
])
def test_what_a_call_asks_for_is_no_event(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


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

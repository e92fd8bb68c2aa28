"""A state that recognizes a country or a government by name grants it diplomatic recognition
(CAMEO 054, SUPPORT); recognizing a risk or a fact is no event. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("Ghana recognized Kosovo on Tuesday.", "XKX"),
    ("Spain recognized the state of Palestine.", "PSE"),
])
def test_recognizing_a_state_by_name(annotate: Annotate, sentence: str, target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"], a["target"]["country"]) for a in actions] == [
        ("054", "SUPPORT", target)]


def test_recognizing_a_risk_is_no_event(annotate: Annotate) -> None:
    assert annotate("Officials recognized the risk of flooding.")["actions"] == []

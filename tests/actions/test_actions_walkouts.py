"""A walkout is a strike or a halt of talks (CAMEO 143, 164) only when it leaves a meeting or a
workplace, or names nothing it leaves: "walked out of the tunnel" is no event
(annotate/actions/nonevents.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def codes(annotate: Annotate, sentence: str, trigger: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize("sentence", [
    "The miners walked out of the tunnel.",
    "The rescued hikers walked out of the forest on Sunday.",
])
def test_leaving_a_place_is_no_walkout(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence, "walked") == []


@pytest.mark.parametrize("sentence", [
    "The union walked out of the talks.",
    "The opposition walked out of parliament.",
    "The workers walked out.",
])
def test_a_walkout_from_a_meeting_stays(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence, "walked") != []

"""People sent home or away are no humanitarian aid (CAMEO 073 wants them sent to a party or a
place in need): annotate/actions/nonevents.py."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def codes(annotate: Annotate, sentence: str, trigger: str) -> list[str]:
    return [a["cameo"] for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize("sentence", [
    "The hospital sent two nurses home.",
    "The clinic sent the doctors home after the storm.",
    "The ministry sent the rescuers away.",
    "The hospital sent its nurses back home.",
])
def test_people_sent_home_are_no_aid(annotate: Annotate, sentence: str) -> None:
    assert codes(annotate, sentence, "sent") == []


@pytest.mark.parametrize("sentence", [
    "The hospital sent two nurses to Gaza.",
    "Jordan sent doctors to the flooded region.",
])
def test_people_sent_to_a_place_in_need_stay_aid(annotate: Annotate, sentence: str) -> None:
    assert [c[:2] for c in codes(annotate, sentence, "sent")] == ["07"]

"""A meeting noun's between-phrase names its two parties, one facing the other, wherever the
meeting is held: "talks in Vienna between Iran and the IAEA collapsed" is Iran's with the
IAEA, not with Vienna. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Talks in Vienna between Iran and the IAEA collapsed on Friday.",
    "Talks between Iran and the IAEA collapsed in Vienna on Friday.",
])
def test_the_between_parties_face_each_other(annotate: Annotate, sentence: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["actor"]["country"], a["target"]["country"]) for a in actions] == [
        ("164", "IRN", "IGO")]


def test_a_meeting_subjects_between_parties_stay(annotate: Annotate) -> None:
    actions = annotate("The summit between the EU and Turkey failed to produce a deal.")["actions"]
    assert [(a["actor"]["text"], a["target"]["text"]) for a in actions] == [("EU", "Turkey")]

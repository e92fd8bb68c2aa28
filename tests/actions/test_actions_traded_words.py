"""Parties that trade or exchange accusations or blame aim them at each other: "Kyiv and Moscow
traded accusations over the attack" is Kyiv's act against Moscow, not an act against the attack.
Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate


def _pairs(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Kyiv and Moscow traded accusations over the attack.", "accusations",
     [("Kyiv", "Moscow")]),
    ("India and Pakistan exchanged accusations on Monday.", "accusations",
     [("India", "Pakistan")]),
    ("Israel and Hamas traded blame for the collapse of the talks.", "blame",
     [("Israel", "Hamas")]),
])
def test_traded_words_are_aimed_at_each_other(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, str | None]]) -> None:
    assert _pairs(annotate, sentence, trigger) == expected


def test_one_party_accusing_keeps_its_target(annotate: Annotate) -> None:
    assert _pairs(annotate, "Kenya repeated its accusations against Uganda.", "accusations") == [
        ("Kenya", "Uganda")]

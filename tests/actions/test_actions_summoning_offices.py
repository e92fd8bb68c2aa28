"""An envoy summoned, in an agentless passive, to a government office is summoned by that
office: "China's ambassador was summoned to the Foreign Office" is the Foreign Office's act,
aimed at the ambassador. A court or a by-agent keeps its reading. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate


def _pairs(annotate: Annotate, sentence: str) -> list[tuple[str | None, str | None]]:
    return [(a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(sentence)["actions"] if a["trigger"] == "summoned"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("China's ambassador was summoned to the Foreign Office on Tuesday.",
     [("Foreign Office", "China's ambassador")]),
    ("The Iranian envoy was summoned to the foreign ministry in Rome.",
     [("foreign ministry in Rome", "Iranian envoy")]),
])
def test_the_office_summoned_to_summons(
        annotate: Annotate, sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Russian envoy was summoned by the foreign ministry.",
     [("foreign ministry", "Russian envoy")]),
    ("Kenya summoned the Ugandan envoy to the foreign ministry.",
     [("Kenya", "Ugandan envoy")]),
])
def test_a_named_summoner_stays(
        annotate: Annotate, sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(annotate, sentence) == expected

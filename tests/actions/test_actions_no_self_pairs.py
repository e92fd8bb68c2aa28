"""Two parties that meet are paired with each other, once, never with themselves: the light
verb's conjoined subjects are each one actor ("Kenya and Somalia held talks")."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _pairs(record: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    return [((a["actor"] or {}).get("country"), (a["target"] or {}).get("country"))
            for a in record["actions"]]


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Kenya and Somalia held talks on trade.", ("KEN", "SOM")),
    ("India and China held talks on the disputed border.", ("IND", "CHN")),
    ("Jordan and the United States began a new round of joint military exercises.",
     ("JOR", "USA")),
])
def test_meeting_parties_are_paired_once(annotate: Annotate, sentence: str,
                                         pair: tuple[str, str]) -> None:
    assert _pairs(annotate(sentence)) == [pair]


def test_a_met_pair_is_unchanged(annotate: Annotate) -> None:
    assert _pairs(annotate("Kenya and Somalia met on Monday.")) == [("KEN", "SOM")]

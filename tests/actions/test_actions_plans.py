"""An infinitive that says what an agreement or plan provides for is its content, not an event
of its own: "signed a deal TO CUT tariffs" reports the signing, "discussed a plan TO WITHDRAW
troops" the discussion. An infinitive of purpose beside any other object is still read.
Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["text"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The two countries signed a deal to cut tariffs on farm goods.",
     [("signed", "057", "two countries")]),
    ("The leaders discussed a plan to withdraw troops from the border.",
     [("discussed", "040", "leaders")]),
])
def test_the_content_of_a_plan_is_no_event(annotate: Annotate, sentence: str,
                                           expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The army sent troops to attack the rebel base.", [("attack", "190", "army")]),
    ("Kenya and Somalia signed a deal on Monday.", [("signed", "057", "Kenya")]),
])
def test_other_infinitives_and_deals_are_read(annotate: Annotate, sentence: str,
                                              expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

"""Market reports: stocks, prices, indexes or currencies that "rallied" or "retreated" are no
protest and no withdrawal (subject:market); people who rally or forces that retreat still are."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Stocks rallied on Wall Street on Friday.",
    "The dollar rallied against the yen.",
    "The Nikkei retreated 2 percent on Monday.",
    "Copper prices retreated from their record high.",
])
def test_markets_that_rally_or_retreat_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Thousands rallied in Nairobi against the tax.", "141"),
    ("Rebels retreated from the town on Sunday.", "0874"),
])
def test_people_and_forces_still_rally_and_retreat(annotate: Annotate, sentence: str,
                                                   cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

""""Left 40 civilians DEAD", "left thousands HOMELESS": leave with an object and a predicative
adjective says what an event did to people (a resultative), not that forces departed (0874).
Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["text"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russian troops shelled the town, leaving 40 civilians dead.",
     [("shelled", "194", "Russian troops")]),
])
def test_a_resultative_leave_is_no_departure(annotate: Annotate, sentence: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russian troops left the city on Monday.", [("left", "0874", "Russian troops")]),
])
def test_forces_leaving_still_withdraw(annotate: Annotate, sentence: str,
                                       expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

"""An event noun that a verb of planning takes in the present is announced ahead: a rally or a
strike planned is a threat of dissent, talks planned an intent to meet. In the past tense the
clause decides: what was planned may have happened since. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["plover"], a["modality"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The opposition plans another rally on Tuesday.",
     [("rally", "133", "THREATEN", "future")]),
    ("Unions are planning a nationwide strike next week.",
     [("strike", "133", "THREATEN", "future")]),
    ("Iran plans talks with the IAEA next month.",
     [("talks", "036", "AGREE", "future")]),
])
def test_an_event_planned_now_is_announced_ahead(annotate: Annotate, sentence: str,
                                                 expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The opposition planned a rally on Tuesday.",
     [("rally", "141", "PROTEST", "asserted")]),
    ("The opposition held a rally on Tuesday.",
     [("rally", "141", "PROTEST", "asserted")]),
])
def test_a_past_plan_leaves_the_event_to_its_clause(annotate: Annotate, sentence: str,
                                                    expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

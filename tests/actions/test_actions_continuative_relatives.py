"""A relative clause of place set off by a comma, in the past tense, tells what happened next
("flew to Cairo, where he met the president"): its event is news of its own and stays beside
the main clause's. A restrictive relative, or one of what had happened there before, describes
the place and is scene. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["text"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The secretary of state traveled to Cairo, where he met the Egyptian president.",
     [("traveled", "042", "secretary of state"), ("met", "040", "he")]),
    ("Takaichi met Marcos at the presidential palace, where the two leaders signed a pact.",
     [("met", "040", "Takaichi"), ("signed", "057", "two leaders")]),
])
def test_a_continuative_relative_reports_its_event(annotate: Annotate, sentence: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Troops retook the village where rebels attacked a convoy.",
     [("retook", "192", "Troops")]),
    ("Troops retook Goma, where rebels had attacked a convoy.",
     [("retook", "192", "Troops")]),
])
def test_a_describing_relative_stays_scene(annotate: Annotate, sentence: str,
                                           expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

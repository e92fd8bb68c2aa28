"""A phrase of cause or of reaction names what happened before the sentence's event and is its
reason ("suspended aid BECAUSE OF the fighting", "IN RETALIATION FOR its invasion"): it sets
the scene, and is reported only where the sentence has no event of its own. Short original
sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["text"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The EU suspended aid to Gaza because of fighting among rival factions.",
     [("suspended", "162", "EU")]),
    ("The US imposed sanctions on Iraq in retaliation for its invasion of Kuwait.",
     [("sanctions", "163", "US")]),
    ("Norway froze its aid to the country due to the crackdown on protesters.",
     [("froze", "162", "Norway")]),
])
def test_a_cause_sets_the_scene(annotate: Annotate, sentence: str,
                                expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police arrested 12 protesters during the rally.", [("arrested", "173", "Police")]),
    ("The army attacked the town in the morning.", [("attacked", "190", "army")]),
])
def test_other_phrases_are_read_as_before(annotate: Annotate, sentence: str,
                                     expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

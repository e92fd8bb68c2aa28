"""Wire-copy constructions of force and criticism: firing ON or UPON people or a place is
shooting at them (CAMEO 193, as firing AT), while a firing "on the spot" or "on suspicion" is a
dismissal. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str]]:
    return [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger]


@pytest.mark.parametrize("sentence", [
    "Security forces fired on protesters in the capital on Friday.",
    "Gunmen fired on a police convoy near the border.",
    "Soldiers fired upon the crowd outside the parliament.",
])
def test_firing_on_someone_is_shooting(annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence, "fired") == [("193", "ASSAULT")]


@pytest.mark.parametrize("sentence", [
    "The coach was fired on the spot after the match.",
    "The aide was fired on the grounds that he leaked documents.",
    "The manager was fired on Monday.",
    "The economy is firing on all cylinders, the minister said.",
])
def test_a_dismissal_or_an_engine_is_no_shooting(annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence, "fired") == [] and coded(annotate, sentence, "firing") == []

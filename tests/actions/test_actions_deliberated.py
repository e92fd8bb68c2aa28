"""An event noun that is the object of a verb of deliberating (WordNet's consider, debate,
weigh, mull, ponder, contemplate) is still being thought over: not asserted, but coded as
an act announced ahead (aid considered is 033 AGREE), as the lexicon's consider rows code
"considering sanctions" (1312). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _moods(result: dict[str, Any]) -> list[tuple[str, str]]:
    return [(a["trigger"], a["modality"]) for a in result["actions"]]


def test_aid_considered_is_an_intent(annotate: Annotate) -> None:
    [action] = annotate("Japan is considering aid to Haiti.")["actions"]
    assert (action["cameo"], action["plover"]) == ("033", "AGREE")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan is considering aid to Haiti.", [("aid", "future")]),
    ("Japan weighed new aid for Haiti.", [("aid", "future")]),
    ("Congress debated military aid to Ukraine.", [("aid", "future")]),
])
def test_a_deliberated_event_is_announced_ahead(annotate: Annotate, sentence: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert _moods(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan provided aid to Haiti.", [("aid", "asserted")]),
    ("The EU is considering sanctions against Russia.", [("considering", "asserted")]),
])
def test_other_events_keep_their_mood(annotate: Annotate, sentence: str,
                                      expected: list[tuple[str, str]]) -> None:
    assert _moods(annotate(sentence)) == expected

"""The phrases the parse hangs on a phrasal verb's particle or result word are the verb's own
(annotate/actions/particle_phrases.py): the by-agent of a passive ("were let go BY THE REBELS")
and the recipient ("was handed back TO BRITAIN"); "put FORWARD" read as an adverb is a particle."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _dyads(actions: list[dict[str, Any]]) -> list[tuple[str, str, str | None, str | None]]:
    return [(a["plover"], a["cameo"], a["actor"] and a["actor"]["text"],
             a["target"] and a["target"]["text"]) for a in actions]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The hostages were let go by the rebels on Sunday.",
     ("RETREAT", "0841", "rebels", "hostages")),
    ("The tanker was handed back to Britain by Iran.", ("RETREAT", "0842", "Iran", "Britain")),
    ("The land was given back to Egypt by Israel.", ("RETREAT", "0842", "Israel", "Egypt")),
    ("Iran handed the tanker back to Britain.", ("RETREAT", "0842", "Iran", "Britain")),
    ("A new peace plan was put forward by Egypt on Monday.", ("REQUEST", "020", "Egypt", None)),
])
def test_phrases_on_the_particle_are_the_verbs(annotate: Annotate, sentence: str,
                                               expected: tuple[str, ...]) -> None:
    assert _dyads(annotate(sentence)["actions"]) == [expected]


@pytest.mark.parametrize("sentence", [
    "The meeting was put forward by a week.",
    "The workers were let go by the factory in March.",
])
def test_other_senses_are_none(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

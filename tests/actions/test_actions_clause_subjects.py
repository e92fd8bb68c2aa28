"""Two clauses joined by "and" keep their own subjects: the parser often hangs the second
clause's subject on the first clause's object as a conjunct ("Kenya condemned the attack and
UGANDA recalled its envoy"), so the second verb seemed to have the first subject and the first
verb two objects. Two objects of one verb stay two objects. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya condemned the attack and Uganda recalled its envoy.",
     [("condemned", "Kenya", "attack"), ("recalled", "Uganda", "its envoy")]),
    ("Democrats criticized the measure and protesters rallied outside the state Capitol.",
     [("criticized", "Democrats", "measure"), ("rallied", "protesters", None)]),
    ("Police arrested the driver and two passengers fled.", [("arrested", "Police", "driver")]),
])
def test_the_second_clause_keeps_its_subject(annotate: Annotate, sentence: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


def test_two_objects_of_one_verb_stay_objects(annotate: Annotate) -> None:
    assert read(annotate, "Kenya expelled the envoy and his deputy on Monday.")[0][:2] == (
        "expelled", "Kenya")

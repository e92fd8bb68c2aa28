"""Clefts and pseudo-clefts put the doer in focus: "It was KENYA that expelled the diplomats",
"What KENYA did was expel ...", "The country that expelled ... was KENYA" (Quirk et al. 1985,
18.25-18.29). Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("It was Kenya that expelled the diplomats.", "KEN", None),
    ("It is Uganda that has accused Kenya of backing the rebels.", "UGA", "KEN"),
    ("It was Kenya, not Uganda, that expelled the diplomats.", "KEN", None),
    ("What Kenya did was expel the diplomats.", "KEN", None),
    ("The country that expelled the diplomats was Kenya.", "KEN", None),
])
def test_the_focus_of_a_cleft_is_the_doer(annotate: Annotate, sentence: str, actor: str,
                                          target: str | None) -> None:
    action = coded(annotate(sentence))[0]
    assert (action[3], action[4]) == (actor, target)


@pytest.mark.parametrize(("sentence", "actor"), [
    # guards: an extraposed subject clause, a relative clause of a name, a time in focus
    ("It was clear that Kenya had expelled the diplomats.", "KEN"),
    ("It was Monday that Kenya expelled the diplomats.", "KEN"),
    ("It was the police who arrested the two journalists.", None),
    ("Kenya, which expelled the diplomats, denied the report.", "KEN"),
])
def test_other_it_and_relative_clauses_stay_as_they_were(annotate: Annotate, sentence: str,
                                                         actor: str | None) -> None:
    assert coded(annotate(sentence))[0][3] == actor

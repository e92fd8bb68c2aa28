"""An event noun that is the subject of a verb of feeling (Levin 1993, 31.1 amuse verbs,
models/feeling_verbs.tsv) does not hit the verb's object: "The arrest of 20 protesters ANGERED
KENYA" is aimed at the protesters. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("The arrest of 20 protesters angered Kenya.", "arrest", "20 protesters"),
    ("The killing of the journalist shocked Mexico.", "killing", "journalist"),
    ("The bombing of the embassy outraged Washington.", "bombing", "embassy"),
])
def test_whom_an_event_angers_is_not_its_target(annotate: Annotate, sentence: str,
                                                trigger: str, target: str) -> None:
    found = [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger]
    assert found == [target]


@pytest.mark.parametrize(("sentence", "target"), [
    # guards: a verb of harm still hits its object
    ("The airstrike killed six civilians.", "six civilians"),
    ("The attack wounded 12 soldiers.", "12 soldiers"),
])
def test_an_event_still_hits_the_object_of_harm(annotate: Annotate, sentence: str,
                                                target: str) -> None:
    assert party_texts(annotate(sentence))[0][4] == target

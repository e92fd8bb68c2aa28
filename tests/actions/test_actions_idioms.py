"""The object of a verb-object idiom is part of the verb, never a party: "the raid TOOK PLACE
on Sunday" is aimed at no "place". Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The attack took place near the border.",
    "The raid, in which Kenyan troops killed 20 militants, took place on Sunday.",
    "The shelling took place overnight.",
])
def test_an_idiom_object_is_no_target(annotate: Annotate, sentence: str) -> None:
    assert "place" not in [a[4] for a in party_texts(annotate(sentence))]


def test_the_act_in_the_clause_is_read(annotate: Annotate) -> None:
    record = annotate("The raid, in which Kenyan troops killed 20 militants, took place on "
                      "Sunday.")
    assert [(a[0], a[3], a[4]) for a in party_texts(record)] == [
        ("killed", "Kenyan troops", "20 militants")]


def test_an_event_that_hits_something_keeps_it(annotate: Annotate) -> None:
    # guard: "artillery fire hit the town" is aimed at the town
    assert [a[4] for a in party_texts(annotate("Artillery fire hit the town."))] == ["town"]

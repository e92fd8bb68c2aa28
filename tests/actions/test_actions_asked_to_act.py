"""An appeal or demand in the lexicon's ``object:to`` frame ("urged X to do") is addressed to
its direct object, whatever that object's noun; a noun inside the infinitive ("return to
WORK") is no target. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Labor Minister Jorge Salas urged drivers to return to work.", "drivers"),
    ("The mediator urged the two sides to return to the table on Monday.", "two sides"),
])
def test_an_appeal_is_addressed_to_whom_it_asks_to_act(annotate: Annotate, sentence: str,
                                                       asked: str) -> None:
    appeals = [a for a in party_texts(annotate(sentence)) if a[0] == "urged"]
    assert appeals and appeals[0][4] == asked, appeals


@pytest.mark.parametrize(("sentence", "target"), [
    # guards: an object that names people already was the target; an appeal without an object
    # in the frame has none to take
    ("The governor urged farmers to return to work.", "farmers"),
    ("The minister urged calm after the vote.", None),
])
def test_other_appeals_keep_their_target(annotate: Annotate, sentence: str,
                                         target: str | None) -> None:
    appeals = [a for a in party_texts(annotate(sentence)) if a[0] == "urged"]
    assert appeals and appeals[0][4] == target, appeals


@pytest.mark.parametrize(("sentence", "asked"), [
    ("The president urged Somali refugees to return to Somalia.", "Somali refugees"),
    ("The U.N. urged the parties to return to negotiations in Geneva.", "parties"),
])
def test_a_party_inside_the_infinitive_is_not_whom_it_asks(annotate: Annotate, sentence: str,
                                                          asked: str) -> None:
    appeals = [a for a in party_texts(annotate(sentence)) if a[0] == "urged"]
    assert appeals and appeals[0][4] == asked, appeals

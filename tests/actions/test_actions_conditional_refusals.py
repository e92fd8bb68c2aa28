"""A refusal until a condition is met ("will not lift the ban UNTIL UGANDA releases the
prisoners") is aimed at the party the condition asks to act, when the refusal names no party of
its own. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("Kenya will not lift the ban until Uganda releases the prisoners.", "Uganda"),
    ("The teachers will not end their strike until their members approve a contract.",
     "their members"),
    ("The miners will not end the strike until the managers are dismissed.", "managers"),
])
def test_a_refusal_is_aimed_at_whom_its_condition_asks(annotate: Annotate, sentence: str,
                                                       target: str) -> None:
    assert party_texts(annotate(sentence))[0][4] == target


@pytest.mark.parametrize(("sentence", "target"), [
    # guards: a condition on a thing, and a clause that only dates the refusal
    ("Kenya will not lift the ban until the rains end.", "ban"),
    ("The rebels refused to free the hostages before the talks began.", "hostages"),
])
def test_other_refusals_keep_their_target(annotate: Annotate, sentence: str,
                                          target: str) -> None:
    assert party_texts(annotate(sentence))[0][4] == target

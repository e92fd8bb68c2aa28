"""Transitive verbs conjoined before one object share it (Quirk et al. 1985, 13.71): "Police
ARRESTED and charged THREE MEN" is an arrest of the three men. Only for acts aimed at their
object (disapproval, rejection, expulsion, coercion, violence), not meetings or protests.
Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("Police arrested and charged three men.", "arrested", "three men"),
    ("Soldiers detained and beat two journalists.", "detained", "two journalists"),
    ("Rebels abducted and killed four aid workers.", "abducted", "four aid workers"),
    ("The government condemned and expelled two diplomats.", "condemned", "two diplomats"),
])
def test_conjoined_verbs_share_the_object(annotate: Annotate, sentence: str, trigger: str,
                                          target: str) -> None:
    assert [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [target]


@pytest.mark.parametrize(("sentence", "trigger"), [
    # guards: a protest and a meeting stand alone
    ("Protesters rallied and burned tires in the capital.", "rallied"),
    ("The two leaders met and discussed trade.", "met"),
])
def test_meetings_and_protests_stand_alone(annotate: Annotate, sentence: str,
                                           trigger: str) -> None:
    assert [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [None]

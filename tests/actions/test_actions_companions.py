"""A subject's "along with" or "together with" phrase, a quasi-coordinator (Quirk et al. 1985,
13.65), adds a party of its own: "Kenya, ALONG WITH UGANDA, condemned the coup" is condemned by
both. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Kenya, along with Uganda, condemned the coup.", "condemned"),
    ("Kenya together with Uganda sent troops to Somalia.", "sent"),
])
def test_a_companion_acts_too(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert sorted(a[3] for a in coded(annotate(sentence)) if a[0] == trigger) == ["KEN", "UGA"]


@pytest.mark.parametrize(("sentence", "trigger", "actors"), [
    # guards: after the verb the phrase may go with the object; a partner's with-phrase
    ("Police arrested the rebel leader along with 12 of his followers.", "arrested", 1),
    ("Kenya met with Uganda on Monday.", "met", 1),
])
def test_other_with_phrases_add_no_actor(annotate: Annotate, sentence: str, trigger: str,
                                         actors: int) -> None:
    assert len([a for a in coded(annotate(sentence)) if a[0] == trigger]) == actors

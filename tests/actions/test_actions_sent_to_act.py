"""The purpose infinitive of a passive verb of sending is done by those sent, the passive
subject ("Police were deployed to disperse the protesters"), as the object does it in the
active; other passives keep an unnamed doer (models/sending_verbs.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .readers import actor_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Police were deployed to disperse the protesters.", "disperse", "Police"),
    ("Soldiers were dispatched to arrest the rebel leader.", "arrest", "Soldiers"),
    ("Police were deployed in Nairobi to disperse the protesters.", "disperse", "Police"),
    ("Police were deployed by the government to disperse the protesters.", "disperse",
     "Police"),
])
def test_the_sent_do_the_purpose(annotate: Annotate, sentence: str, trigger: str,
                                 actor: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == [actor]


@pytest.mark.parametrize(("sentence", "trigger", "actors"), [
    ("Kenya deployed police to disperse the protesters.", "disperse", ["Kenya"]),
    ("The protesters were arrested to deter others.", "arrested", [None]),
    ("Two diplomats were expelled to punish Uganda.", "expelled", [None]),
])
def test_other_purposes_stay(annotate: Annotate, sentence: str, trigger: str,
                             actors: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == actors

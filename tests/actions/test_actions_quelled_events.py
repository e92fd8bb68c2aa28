"""Whoever puts down an event did not stage it: "sent troops to QUELL the protests" is no
protest of the president's (the WordNet verbs of suppressing, quelling and repressing join
the verbs of preventing). A verb that stages its object keeps it. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The president sent troops to quell the protests.", "protests"),
    ("The governor vowed to quash the demonstrations in the capital.", "demonstrations"),
])
def test_an_event_put_down_is_not_the_subjects(annotate: Annotate, sentence: str,
                                                trigger: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == []


def test_an_event_staged_stays_the_subjects(annotate: Annotate) -> None:
    assert actor_texts(annotate, "Opposition supporters staged protests in Nairobi.",
                  "protests") == ["Opposition supporters"]

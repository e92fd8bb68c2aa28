"""Whoever puts down an event did not stage it: "sent troops to QUELL the protests" is no
protest of the president's (the WordNet verbs of suppressing, quelling and repressing join
the verbs of preventing). A verb that stages its object keeps it. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def actors(annotate: Annotate, sentence: str, trigger: str) -> list[str | None]:
    return [a["actor"]["text"] if a["actor"] else None
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The president sent troops to quell the protests.", "protests"),
    ("The governor vowed to quash the demonstrations in the capital.", "demonstrations"),
])
def test_an_event_put_down_is_not_the_subjects(annotate: Annotate, sentence: str,
                                                trigger: str) -> None:
    assert actors(annotate, sentence, trigger) == []


def test_an_event_staged_stays_the_subjects(annotate: Annotate) -> None:
    assert actors(annotate, "Opposition supporters staged protests in Nairobi.",
                  "protests") == ["Opposition supporters"]

"""What the actions tests read from an annotated sentence, shared by the test files."""

from __future__ import annotations

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def actor_texts(annotate: Annotate, sentence: str, trigger: str | None = None) -> list[str | None]:
    """The actor's words of each action (None when it has no actor), or of the actions of one
    trigger word."""
    return [a["actor"]["text"] if a["actor"] else None for a in annotate(sentence)["actions"]
            if trigger is None or a["trigger"] == trigger]


def actor_parties(annotate: Annotate, sentence: str,
                  trigger: str) -> list[tuple[str, str | None]]:
    """(words, country) of the actor of each action of one trigger word that has an actor."""
    return [(a["actor"]["text"], a["actor"]["country"])
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger and a["actor"]]

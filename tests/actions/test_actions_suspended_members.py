"""A body that suspends a member country reduces its relations with it (CAMEO 160, PLOVER
SANCTION); suspending a person is no such act. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def test_a_body_suspends_a_member(annotate: Annotate) -> None:
    actions = annotate("The African Union suspended Guinea after the coup.")["actions"]
    assert [(a["cameo"], a["plover"], a["actor"]["country"], a["target"]["country"])
            for a in actions] == [("160", "SANCTION", "IGO", "GIN")]


def test_suspending_a_player_is_no_event(annotate: Annotate) -> None:
    assert annotate("The club suspended the striker for two games.")["actions"] == []

"""Game reports: a trigger whose subject or direct object is a thing or a score of a game, or
whose subject is a player for a verb of physical contest, reports a move of a game, no action
(models/sport_nouns.tsv, annotate/actions/senses.py); attacks on players, arrests of players
and the acts of a person who plays still give their event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The goalkeeper blocked the penalty kick in the 89th minute.",
    "The striker attacked the ball at the far post.",
    "The striker shot the ball past the goalkeeper.",
    "The ball struck the post in the final minute.",
    "The pitcher surrendered three runs in the sixth inning.",
])
def test_moves_of_a_game_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Rebels attacked the convoy near the border.", "190"),
    ("Gunmen shot two footballers outside the stadium.", "193"),
    ("Police arrested the goalkeeper on Monday.", "173"),
    ("The footballer met the president in Nairobi.", "040"),
    ("Players protested outside the federation's headquarters in Tehran.", "141"),
    ("Rebels attacked a shuttle carrying U.N. staff.", "190"),
])
def test_acts_by_and_against_players_keep_their_event(annotate: Annotate, sentence: str,
                                                       cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

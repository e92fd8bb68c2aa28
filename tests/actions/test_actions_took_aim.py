""""Took aim at" a party is criticism (111, as "slam/blast/attack * (verbally)" in the CAMEO
dictionary: models/actions_phrasal.tsv); other objects of "take" keep their rows."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("The senator took aim at the White House.", "senator", "White House"),
    ("The foreign minister took aim at Washington on Tuesday.", "foreign minister",
     "Washington"),
])
def test_took_aim_at_is_criticism(annotate: Annotate, sentence: str, actor: str,
                                  target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"], a["target"]["text"])
            for a in actions] == [("ACCUSE", "111", actor, target)]


def test_took_a_photo_is_none(annotate: Annotate) -> None:
    assert annotate("The senator took a photo of the White House.")["actions"] == []

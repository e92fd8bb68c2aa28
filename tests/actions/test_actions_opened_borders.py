"""A country that opens its borders TO REFUGEES takes them in: CAMEO 075 (grant asylum) / AID,
as "admitted refugees" and "took in refugees" are; a crossing opened to others stays access (086)
and fire opened on refugees an attack."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("Germany opened its borders to refugees fleeing the war.", "Germany", "refugees"),
    ("Hungary reopened its border to migrants on Monday.", "Hungary", "migrants"),
])
def test_borders_opened_to_refugees_are_asylum(annotate: Annotate, sentence: str, actor: str,
                                               target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"], a["target"]["text"])
            for a in actions] == [("AID", "075", actor, target)]


@pytest.mark.parametrize(("sentence", "code"), [
    ("Turkey opened its airspace to Russian jets.", "086"),
    ("Troops opened fire on refugees at the border.", "193"),
])
def test_other_openings_keep_their_rows(annotate: Annotate, sentence: str, code: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [code]

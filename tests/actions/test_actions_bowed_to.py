""""Bowed to pressure" is yielding (080, as yield + pressure) and "bowed to the demands"
acceding to them (083, as give in + demands): models/actions_phrasal.tsv; a bow to a crowd is
no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "code", "actor"), [
    ("The government bowed to pressure from Washington.", "080", "government"),
    ("The junta bowed to the demands of the protesters.", "083", "junta"),
])
def test_bowed_to_is_yielding(annotate: Annotate, sentence: str, code: str, actor: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"]) for a in actions] == [
        ("CONCEDE", code, actor)]


def test_a_bow_to_the_crowd_is_none(annotate: Annotate) -> None:
    assert annotate("The singer bowed to the crowd.")["actions"] == []

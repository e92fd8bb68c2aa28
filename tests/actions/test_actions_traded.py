"""Fire and charges traded are fighting (193, as exchanged fire) and accusations (112, as traded
accusations) between the conjoined parties (models/actions_phrasal.tsv); shares, shots and
goals traded are none."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Indian and Pakistani troops traded fire along the border.", "ASSAULT", "193"),
    ("India and China traded charges over the clash.", "ACCUSE", "112"),
])
def test_fire_and_charges_traded(annotate: Annotate, sentence: str, plover: str,
                                 cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert coded == {(plover, cameo)}


@pytest.mark.parametrize("sentence", [
    "Shares traded higher on Wall Street.",
    "The two golfers traded shots on the back nine.",
    "The teams traded goals in the first half.",
])
def test_other_trades_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

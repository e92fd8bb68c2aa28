"""Arson told as a result ("set the church ABLAZE", "set ablaze a police station": the result
word is the particle of "set", annotate/actions/resultatives.py), a cordon ("CORDONED OFF the
town center", as "sealed off") and supplies ferried ("FERRIED FOOD to the island", as shipped),
from models/actions_phrasal.tsv."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo", "target"), [
    ("Rebels set ablaze a police station.", "ASSAULT", "1712", "police station"),
    ("The mob set the church ablaze on Sunday.", "ASSAULT", "1712", "church"),
    ("Soldiers cordoned off the town center.", "COERCE", "191", "town center"),
    ("The Red Cross ferried food to the island.", "AID", "073", "island"),
])
def test_phrases_code_their_type(annotate: Annotate, sentence: str, plover: str, cameo: str,
                                 target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["target"]["text"]) for a in actions] == [
        (plover, cameo, target)]


@pytest.mark.parametrize("sentence", [
    "The sunset set the sky ablaze.",
    "The ferry carried 300 passengers.",
    "The chef set the pan alight with brandy.",
])
def test_other_uses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_set_fire_to_keeps_its_row(annotate: Annotate) -> None:
    actions = annotate("Protesters set fire to the parliament building.")["actions"]
    assert [a["cameo"] for a in actions] == ["1712"]

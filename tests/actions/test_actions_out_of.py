"""What the complex preposition "out of" after a particle verb names is the verb's object, where
the parse hangs "of" on the particle (annotate/actions/objects.py): "pulled out of THE
TREATY" is a withdrawal from it (160, as quit + treaty), "backed out of THE DEAL" too; pulling
out of a place stays a withdrawal of forces (0874). Workers who walk out over pay strike (143)
(models/actions_phrasal.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Russia pulled out of the arms control treaty.", "SANCTION", "160"),
    ("Burkina Faso pulled out of the regional bloc.", "SANCTION", "160"),
    ("The US backed out of the nuclear deal.", "SANCTION", "160"),
    ("Teachers walked out over pay on Monday.", "PROTEST", "143"),
    ("Armenia stood down its forces on Friday.", "RETREAT", "0874"),
])
def test_withdrawals_and_walkouts(annotate: Annotate, sentence: str, plover: str,
                                  cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert (plover, cameo) in coded


@pytest.mark.parametrize("sentence", [
    "Russia pulled out of Kherson.",
    "Israeli troops pulled out of the town.",
])
def test_pulling_out_of_a_place_stays_a_withdrawal(annotate: Annotate, sentence: str) -> None:
    assert [(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]] == [
        ("RETREAT", "0874")]


@pytest.mark.parametrize("sentence", [
    "The company backed out of the merger talks.",
    "The striker stood down from the national team.",
])
def test_other_uses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

"""The seizure OF a ship, cargo or property is the event noun of seize + property (171
COERCE), the seizure of a town that of seize + town (192 ASSAULT, convention 4); a drug seizure
or an epileptic seizure names neither (models/actions_phrasal.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo", "plover", "actor"), [
    ("Iran's seizure of the tanker angered Britain.", "171", "COERCE", "Iran"),
    ("The rebels' seizure of the town forced thousands to flee.", "192", "ASSAULT", "rebels"),
])
def test_seizure_of_property_or_a_town(annotate: Annotate, sentence: str, cameo: str,
                                       plover: str, actor: str) -> None:
    coded = [(a["cameo"], a["plover"], a["actor"]["text"]) for a in annotate(sentence)["actions"]
             if a["trigger"] == "seizure"]
    assert coded == [(cameo, plover, actor)]


@pytest.mark.parametrize("sentence", [
    "The police announced a record drug seizure.",
    "The boy suffered a seizure at school.",
])
def test_other_seizures_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

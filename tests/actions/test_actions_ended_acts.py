"""An act a party stops, ceases or discontinues is not the act: CAMEO codes ending aid,
cooperation, talks or mediation as reduced relations (16: 162 "reduce or stop aid", 164 "halt
negotiations"), and ending an attack as de-escalation (087). The verbs of ending (WordNet 3.0
discontinue.v.01) take each family of the stop and halt rows, with the ended act's own verb."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo", "plover"), [
    ("Kenya has ceased to provide aid to Somalia.", "162", "SANCTION"),
    ("Britain discontinued military aid to Rwanda.", "162", "SANCTION"),
    ("Kenya ceased talks with the rebels.", "164", "SANCTION"),
    ("The rebels stopped negotiating with the government.", "164", "SANCTION"),
    ("Japan discontinued its cooperation with China.", "160", "SANCTION"),
    ("Japan stopped cooperating with China on trade.", "160", "SANCTION"),
    ("The army stopped shelling the town.", "087", "RETREAT"),
    ("The rebels ceased fighting.", "087", "RETREAT"),
])
def test_ended_act_is_a_reduction(annotate: Annotate, sentence: str, cameo: str,
                                  plover: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [(cameo, plover)]


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Kenya continued to provide aid to Somalia.", "070"),
    ("Britain suspended aid to Rwanda.", "162"),
    ("Kenya suspended talks with the rebels.", "164"),
])
def test_other_readings_stay(annotate: Annotate, sentence: str, cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]


def test_a_stopped_convoy_is_no_reduction(annotate: Annotate) -> None:
    assert annotate("The police stopped a convoy carrying aid.")["actions"] == []

"""Forces or police sent to another country: CAMEO 074, provide military protection or
peacekeeping (PLOVER AID), aimed at the country of destination; a promise to send them is
0334. Troops sent to a border, a region or a place of their own country stay a mobilisation
(154). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def dyads(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["plover"], a["actor"] and a["actor"]["country"],
             a["target"] and a["target"]["country"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Burundi sent 300 police officers to Somalia.", [("sent", "074", "AID", "BDI", "SOM")]),
    ("Rwanda deployed 1,000 troops to Mozambique.",
     [("deployed", "074", "AID", "RWA", "MOZ")]),
    ("Senegal dispatched soldiers to the Central African Republic.",
     [("dispatched", "074", "AID", "SEN", "CAF")]),
    ("Ghana will send soldiers to Liberia.", [("send", "0334", "AGREE", "GHA", "LBR")]),
])
def test_forces_sent_to_another_country(annotate: Annotate, sentence: str,
                                        expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia sent troops to the border.", [("sent", "154", "MOBILIZE", "RUS", None)]),
    ("Moscow sent troops to Ukraine's border.", [("sent", "154", "MOBILIZE", "RUS", "UKR")]),
    ("Nigeria sent troops to Nigeria's northeast.",
     [("sent", "154", "MOBILIZE", "NGA", "NGA")]),
    ("Kenya sent a letter to Haiti.", []),
])
def test_forces_sent_elsewhere_stay_a_mobilisation(annotate: Annotate, sentence: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected

"""Expelling aid agencies and their people: CAMEO 1663, PLOVER SANCTION/expel (the lexicon's
convention 1), also when the object is the agencies' workers ("AID workers", "RELIEF staff");
migrants and other individuals stay deportations (174, COERCE). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Niger expelled the French aid workers on Monday.", "expelled"),
    ("Burundi expelled two relief workers from Belgium.", "expelled"),
    ("The expulsion of foreign charities by Sudan drew criticism.", "expulsion"),
])
def test_expelling_aid_agencies_or_their_workers_reduces_relations(
        annotate: Annotate, sentence: str, trigger: str) -> None:
    assert coded(annotate, sentence, trigger) == [("1663", "SANCTION")]


@pytest.mark.parametrize("sentence", [
    "Malaysia expelled 500 Myanmar migrants on Friday.",
    "Russia expelled an American journalist last week.",
])
def test_expelling_individuals_stays_a_deportation(annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence, "expelled") == [("174", "COERCE")]

"""Charges: charging, indicting or prosecuting someone is PLOVER ACCUSE/allege (the PLOVER
manual: "accuse, allege, charge; sue"), with CAMEO 173 ("charge with legal action") as before;
an arrest stays COERCE. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str,
          trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(a["cameo"], a["plover"], a["mode"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger and not a["negated"]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Prosecutors in Lima charged the former president with corruption.", "charged"),
    ("A grand jury indicted the senator on Tuesday.", "indicted"),
    ("Turkey prosecuted the two journalists in 2019.", "prosecuted"),
])
def test_a_charge_is_an_accusation(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert coded(annotate, sentence, trigger) == [("173", "ACCUSE", "allege")]


def test_a_charge_announced_ahead_is_a_threat_of_arrest(annotate: Annotate) -> None:
    assert coded(annotate, "Prosecutors will charge the former president with fraud.",
                 "charge") == [("137", "THREATEN", "arrest")]


def test_an_arrest_stays_coercion(annotate: Annotate) -> None:
    assert coded(annotate, "Police in Tehran arrested dozens of students on Monday.",
                 "arrested") == [("173", "COERCE", "arrest")]


@pytest.mark.parametrize("sentence", [
    "The agency charged a fee of 40 dollars for each visa.",
    "The minister is in charge of the talks.",
    "Fans charged onto the pitch after the final whistle.",
])
def test_other_senses_of_charge_are_no_action(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_an_indictment_is_an_accusation_as_the_verb(annotate: Annotate) -> None:
    assert coded(annotate, "Federal prosecutors announced the indictment of the former mayor.",
                 "indictment") == [("173", "ACCUSE", "allege")]

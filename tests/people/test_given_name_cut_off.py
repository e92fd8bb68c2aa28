"""A census given name that the model leaves out of a one-word name, a census surname, is part
of the name when the parse joins it to the surname ("Hope Lin said"). Many such given names are
also common words or places. Months, modals in questions, streets, organisations and headlines
in capitals are no given names here."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text, mentions", [
    ("Hope Lin said the vote would be close.", ["Hope Lin"]),
    ('"We will keep going," Hope Lin said.', ["Hope Lin"]),
    ("Hope Kim said the vote would be close.", ["Hope Kim"]),
    ("Ana Lin said the vote would be close.", ["Ana Lin"]),
])
def test_a_given_name_cut_off(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


@pytest.mark.parametrize("text", [
    "The shop on Hope Street closed.",
    "Visitors toured the Rose Garden on Monday.",
    "The vote is set for May 5.",
    "HOPE FADES FOR MINERS",
    "Grace Church held a service.",
    "Georgia Tech won the game.",
    "Will Kenya sign the deal?",
    "The Summer Olympics open in July.",
])
def test_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []

"""A dateline's city in capitals that the parse joined to the subject is no party: "NAIROBI
(KNA) : Kenyan officials condemned ..." is the officials' act alone. An organisation written in
capitals at the start of a list of subjects stays a party. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("BAGHDAD, Iraq - Security forces have detained three suspects after the blast.",
     ["Security forces"]),
    ("NAIROBI (KNA) : Kenyan officials condemned the raid on the border post.",
     ["Kenyan officials"]),
    ("DAMASCUS, Syria - Rebels have captured two villages near the border.", ["Rebels"]),
])
def test_a_dateline_city_is_no_party(annotate: Annotate, sentence: str,
                                     expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("NATO, the European Union and Britain condemned the coup.", "NATO"),
    ("Kabul condemned the attack on its embassy.", "Kabul"),
])
def test_a_name_in_capitals_or_a_capital_as_subject_stays(annotate: Annotate, sentence: str,
                                                          expected: str) -> None:
    assert expected in actor_texts(annotate, sentence)

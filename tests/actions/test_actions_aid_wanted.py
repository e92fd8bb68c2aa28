"""Aid wanted or denied: whoever needs, wants, lacks or expects aid is its recipient, not
its giver (Levin's "want" verbs, 32.1, and verbs of waiting for something). Only aid (CAMEO
07) loses the subject: a country that needs or expects talks would hold them. Aid denied is
aid refused (122 REJECT, as refuse + aid), not a denial of an accusation (016). Short
original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "needer"), [
    ("Haiti needs more aid.", "Haiti"),
    ("The refugees desperately need food aid.", "refugees"),
    ("Malawi lacks foreign aid this year.", "Malawi"),
    ("Gaza wants more humanitarian aid.", "Gaza"),
])
def test_the_needer_is_no_giver(annotate: Annotate, sentence: str, needer: str) -> None:
    givers = [row[3] for row in party_texts(annotate(sentence)) if row[2] == "AID"]
    assert needer not in givers


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan provided aid to Haiti.", [("aid", "070", "AID", "Japan", "Haiti")]),
    ("Kenya needs talks with Somalia.", [("talks", "046", "CONSULT", "Kenya", "Somalia")]),
    ("Japan expects talks with China next week.",
     [("talks", "046", "CONSULT", "Japan", "China")]),
])
def test_givers_and_other_events_unchanged(annotate: Annotate, sentence: str,
                                           expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan denied aid to Haiti.", [("denied", "122", "REJECT", "Japan", "Haiti")]),
    ("Kenya denied loans to the rebels.", [("denied", "122", "REJECT", "Kenya", "rebels")]),
])
def test_aid_denied_is_refused(annotate: Annotate, sentence: str,
                               expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


def test_a_denied_accusation_stays_a_denial(annotate: Annotate) -> None:
    assert party_texts(annotate("Japan denied the accusations.")) == [
        ("denied", "016", None, "Japan", None)]

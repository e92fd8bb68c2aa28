"""Aid comes FROM its giver: a giving noun's from-phrase names no target ("donations FROM
JAPAN" were not aimed at Japan). Other nouns keep their from-phrase as a target candidate.
Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "giver"), [
    ("Donations from Japan reached Haiti on Monday.", "Japan"),
    ("The donation from Japan reached Haiti on Monday.", "Japan"),
    ("A loan from China kept Zambia afloat last year.", "China"),
    ("The humanitarian aid from Britain reached Gaza on Sunday.", "Britain"),
    ("Military aid from Washington helped Kyiv hold the line.", "Washington"),
])
def test_the_giver_is_no_target(annotate: Annotate, sentence: str, giver: str) -> None:
    targets = [row[4] for row in party_texts(annotate(sentence)) if row[2] == "AID"]
    assert giver not in targets


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan donated 5 million dollars to Haiti.",
     [("donated", "070", "AID", "Japan", "Haiti")]),
    ("Kenya withdrew its troops from Somalia.",
     [("withdrew", "0874", "RETREAT", "Kenya", "Somalia")]),
])
def test_other_from_phrases_unchanged(annotate: Annotate, sentence: str,
                                      expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected

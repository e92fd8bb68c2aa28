"""Giving nouns: the single-word nouns of WordNet 3.0's grant, contribution/donation and
funding/financing families (the lexicon header's GIVING NOUNS) are economic aid, CAMEO 071 +
PLOVER AID, given by the subject of the verb that holds them or by their possessor. A compound
modifier ("GRANT money", "FUNDING cuts") gives no aid, as "aid workers" gives none. Short
original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan announced a grant of 5 million dollars to Haiti.",
     [("grant", "071", "AID", "Japan", "Haiti")]),
    ("Norway approved a new grant to Malawi on Tuesday.",
     [("grant", "071", "AID", "Norway", "Malawi")]),
    ("Canada's funding for the clinics ran out in March.",
     [("funding", "071", "AID", "Canada", None)]),
    ("The World Bank approved new financing to Kenya.",
     [("financing", "071", "AID", "World Bank", "Kenya")]),
])
def test_a_giving_noun_is_economic_aid(annotate: Annotate, sentence: str,
                                       expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Funding cuts hit the hospital in March.",
    "Grant money paid for the new school.",
    "Aid workers reached the flooded villages on Monday.",
    "The general was a supporter of the old regime.",
])
def test_no_aid_given(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in annotate(sentence)["actions"] if a["plover"] == "AID"]

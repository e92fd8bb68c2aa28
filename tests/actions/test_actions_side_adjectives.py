"""A party named by whose side it is on takes that phrase into its words: "forces loyal to the
general", "militias allied with the government". What the parse hangs on the phrase ("on
Sunday") stays out. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Forces loyal to Haftar shelled Tripoli's airport.", "shelled",
     ["Forces loyal to Haftar"]),
    ("Militias allied with the government attacked protesters.", "attacked",
     ["Militias allied with the government"]),
    ("Troops loyal to the president of Sudan attacked the rebel camp.", "attacked",
     ["Troops loyal to the president of Sudan"]),
    ("Fighters loyal to the former general on Friday rejected the truce offer.", "rejected",
     ["Fighters loyal to the former general"]),
])
def test_the_side_a_party_is_on_is_part_of_its_words(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


def test_other_adjectives_stay_out(annotate: Annotate) -> None:
    assert actor_texts(annotate, "Troops stationed in the north attacked the camp.",
                       "attacked") == ["Troops"]

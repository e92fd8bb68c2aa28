"""Subjects the parse hangs on another word: on the auxiliary when a phrase comes between it
and the verb ("Kenya has in the past accused Uganda"), and after "be" when a participle is
fronted ("Also condemning the attack was the African Union", "Among those condemning the
attack was the African Union"). Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Kenya has in the past accused Uganda of backing the rebels.", "accused", ["Kenya"]),
    ("Also condemning the attack was the African Union.", "condemning", ["African Union"]),
    ("Also criticizing the decision were Egypt and Jordan.", "criticizing",
     ["Egypt", "Jordan"]),
    ("Among those condemning the attack was the African Union.", "condemning",
     ["African Union"]),
    ("Among the countries criticizing the verdict were Canada and Norway.", "criticizing",
     ["Canada", "Norway"]),
])
def test_a_misplaced_subject_is_the_verbs(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Condemning the attack was the right thing to do, the minister said.", "Condemning",
     [None]),
    ("Kenya had on Monday accused Uganda of backing the rebels.", "accused", ["Kenya"]),
])
def test_other_subjects_stay(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected

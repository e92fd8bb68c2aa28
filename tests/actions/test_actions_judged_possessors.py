"""A possessive pronoun in the for-phrase of a verb of judgment (thank, praise, criticize ...)
stands for whom the verb judges: "Nepal thanked Japan for its aid" is Japan's aid. Elsewhere
the possessive keeps the clause's subject. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Nepal thanked Japan for its aid.", "aid", ["Japan"]),
    ("The United States praised Qatar for its mediation.", "mediation", ["Qatar"]),
    ("Ukraine thanked Poland for its military assistance.", "assistance", ["Poland"]),
    ("Kenya thanked the donors for their aid.", "aid", ["donors"]),
])
def test_the_judged_object_owns_the_deed(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Japan increased its aid to Nepal.", "aid", ["Japan"]),
    ("Nepal thanked the donors for its aid.", "aid", ["Nepal"]),
])
def test_other_possessives_keep_the_subject(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected

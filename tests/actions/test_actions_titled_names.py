"""A name that goes on through a capitalised preposition is one party: "Doctors Without
Borders", "Reporters Without Borders". A preposition in running text is not part of a name
("Kenya on Monday", "fighters from the Islamic State group" keep their readings). Short
original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Doctors Without Borders suspended its operations in Sudan.", "suspended",
     ["Doctors Without Borders"]),
    ("Reporters Without Borders condemned the arrest of the journalist.", "condemned",
     ["Reporters Without Borders"]),
])
def test_a_titled_preposition_continues_the_name(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Kenya on Monday condemned the attack.", "condemned", ["Kenya"]),
    ("Fighters from the Islamic State group attacked a checkpoint.", "attacked",
     ["Fighters from the Islamic State group"]),
])
def test_a_preposition_in_running_text_stays_outside(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected

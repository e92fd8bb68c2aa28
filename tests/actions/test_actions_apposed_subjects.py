"""A common noun set off by commas after a subject is its apposition, not a second subject
(:func:`annotate.actions.shared_subjects.without_appositions`): "The M23 rebels, a group backed
by Rwanda, attacked" names one attacker; listed names stay parties of their own."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def actors(annotate: Annotate, sentence: str) -> list[str]:
    return sorted({a["actor"]["text"] for a in annotate(sentence)["actions"] if a["actor"]})


def test_apposition_of_the_subject_is_no_second_actor(annotate: Annotate) -> None:
    assert actors(annotate, "The M23 rebels, a group backed by Rwanda, attacked the town of "
                            "Goma.") == ["M23 rebels"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya, Uganda sign trade deal", ["Kenya"]),
    ("Kenya, Uganda and Tanzania signed a trade deal.", ["Kenya", "Uganda"]),
    ("The Shabab, an extremist group linked to al-Qaida, attacked a police station.",
     ["Shabab"]),
])
def test_listed_names_and_parsed_appositions_are_unchanged(annotate: Annotate, sentence: str,
                                                           expected: list[str]) -> None:
    assert actors(annotate, sentence) == expected

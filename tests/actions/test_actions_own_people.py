"""A protest by a people named by its demonym ("PALESTINIANS protested") is not aimed at that
same phrase: the place of the protest stands for whom it addresses, as for other domestic
groups. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("Hundreds of Palestinians protested in Ramallah.", "Palestinians", "Ramallah"),
    ("Thousands of Kenyans protested in Nairobi.", "Kenyans", "Nairobi"),
])
def test_the_people_are_not_their_own_target(annotate: Annotate, sentence: str, actor: str,
                                             target: str) -> None:
    assert [(a[3], a[4]) for a in party_texts(annotate(sentence))] == [(actor, target)]


def test_a_nationality_word_stays_the_target(annotate: Annotate) -> None:
    # guard: a group named with its nationality protests against that country
    record = annotate("Algerian landowners began a hunger strike.")
    assert [(a[3], a[4]) for a in party_texts(record)] == [("Algerian landowners", "Algerian")]

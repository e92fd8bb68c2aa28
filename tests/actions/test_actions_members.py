"""A plural noun that lists its members by name ("several countries, INCLUDING BRITAIN AND
FRANCE") stands for them: the named members are the parties. Short original sentences in AP
style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


def _actors(record: dict[str, Any]) -> list[str | None]:
    return [a[3] for a in party_texts(record)]


@pytest.mark.parametrize(("sentence", "actors"), [
    ("Several Western countries, including Britain and France, expelled Russian diplomats.",
     ["Britain", "France"]),
    ("Several rights groups, including Amnesty International and Human Rights Watch, "
     "condemned the executions.", ["Amnesty International", "Human Rights Watch"]),
    ("Neighboring states such as Kenya and Tanzania sent aid to the refugees.",
     ["Kenya", "Tanzania"]),
])
def test_the_named_members_are_the_parties(annotate: Annotate, sentence: str,
                                           actors: list[str]) -> None:
    assert _actors(annotate(sentence)) == actors


def test_members_bring_their_countries(annotate: Annotate) -> None:
    record = annotate("Several Western countries, including Britain and France, expelled "
                      "Russian diplomats.")
    assert [(a[3], a[4]) for a in coded(record)] == [("GBR", "RUS"), ("FRA", "RUS")]


@pytest.mark.parametrize(("sentence", "actors"), [
    # guards: members that are no names, a singular noun, a list on the object side
    ("Several ministers, including two women, resigned in protest.", ["Several ministers"]),
    ("The rebels, including many teenagers, attacked the town.", ["rebels"]),
    ("The alliance, including Britain, condemned the attack.", ["alliance"]),
])
def test_other_phrases_keep_their_head(annotate: Annotate, sentence: str,
                                       actors: list[str]) -> None:
    assert _actors(annotate(sentence)) == actors

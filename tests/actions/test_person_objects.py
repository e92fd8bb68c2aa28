"""Issue 12, targets: an object that names people is the target of an arrest, a release or an
attack when no named party is found. Which nouns name people is the WordNet family of kinds of
person (models/person_nouns.tsv: a noun whose most frequent sense is a hyponym of person), with
the short list of models/people_nouns.tsv; not the nouns of a relation to another party
("its neighbor", "a partner"), which in diplomatic copy name states. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(record: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    return [(a["cameo"], a["target"] and a["target"]["text"]) for a in record["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rebels freed three engineers on Sunday.", ("0841", "three engineers")),
    ("The junta freed two architects after a week in custody.", ("0841", "two architects")),
    ("Police charged four pharmacists with fraud on Friday.", ("173", "four pharmacists")),
])
def test_an_object_of_a_kind_of_person_is_the_target(annotate: Annotate, sentence: str,
                                                     expected: tuple[str, str]) -> None:
    assert expected in coded(annotate(sentence))


def test_a_relational_noun_is_no_people_object(annotate: Annotate) -> None:
    record = annotate("Serbia lodged a protest with Albania, charging its neighbor with "
                      "supporting the rebels.")
    assert "173" not in [cameo for cameo, _ in coded(record)]

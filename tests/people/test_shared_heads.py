"""The people layer on coordinated names that share one plural head (issue 13): in "the Fox
and Paramount Theaters" each name is a theatre's, whatever the model's label, while a person
coordinated with another person stays a person. Short original sentences."""

from typing import Any, Callable

import pytest

from annotate.people.cues import load_cues
from annotate.people.shared_heads import plural_org_word

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_the_first_member_before_a_shared_plural_is_no_person(annotate: Annotate) -> None:
    record = annotate("Walk past Eliza Grant and Hollis Museums to reach the pier.")
    assert mention_texts(record) == []


def test_the_last_member_with_the_plural_is_no_person(annotate: Annotate) -> None:
    record = annotate("Tour buses stop outside Maxwell Reed and Lorna Vale Theaters on Fridays.")
    assert mention_texts(record) == []


def test_coordinated_people_stay_people(annotate: Annotate) -> None:
    record = annotate("The museum was founded by Victor Ruiz and Anna Holm in 1962.")
    assert mention_texts(record) == ["Victor Ruiz", "Anna Holm"]


@pytest.mark.parametrize("word, plural", [("Theaters", True), ("Churches", False),
                                          ("Museums", True), ("Williams", False),
                                          ("theaters", False)])
def test_plural_org_word(word: str, plural: bool) -> None:
    assert plural_org_word(word, load_cues()) is plural

"""The people layer on famous people named by one word, as WordNet lists them, which the model
calls a person once. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_famous_person_named_by_one_word_is_a_person(annotate: Annotate) -> None:
    record = annotate("The museum's new wing covers the sciences. Later, Aristotle argued that "
                      "all matter was made of four elements.")
    assert mention_texts(record) == ["Aristotle"]


def test_a_given_name_alone_is_left_to_other_evidence(annotate: Annotate) -> None:
    record = annotate("The museum's new wing opened on Sunday. Later, Thomas walked through it.")
    assert mention_texts(record) == []


def test_an_initialism_wordnet_lists_only_for_a_person_is_a_person(annotate: Annotate) -> None:
    # WordNet 3.0 lists "FDR" among the words of its synset for Franklin D. Roosevelt (11270023)
    # and for nothing else; the model calls it a person.
    record = annotate("FDR signed the measure into law in August 1935.")
    assert mention_texts(record) == ["FDR"]


@pytest.mark.parametrize("text", [
    "The last flight left JFK shortly after midnight.",  # the airport
    "JFK was crowded as travelers headed home for the holiday.",  # no subject of an action
])
def test_the_same_initialism_for_a_place_is_no_person(annotate: Annotate, text: str) -> None:
    assert mention_texts(annotate(text)) == []

"""The people layer on famous people named by one word, as WordNet lists them, which the model
calls a person once. Short original sentences."""

from typing import Any, Callable

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

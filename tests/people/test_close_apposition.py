"""The people layer on a restrictive apposition (issue 13): "the", a person noun and a name
with no comma between ("the poet Keats", "the woman Eva") name a person, even by one word and
whatever label the model gives it. Short original sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_the_woman_and_the_man_before_one_word_names(annotate: Annotate) -> None:
    record = annotate("The novel follows two voices: the letters of the woman Lena and the "
                      "diary of the man Tobias.")
    assert mention_texts(record) == ["Lena", "Tobias"]


def test_an_adjective_may_stand_between(annotate: Annotate) -> None:
    record = annotate("The play was written for the young actress Odile in 1911.")
    assert mention_texts(record) == ["Odile"]


def test_a_thing_noun_after_the_is_no_person(annotate: Annotate) -> None:
    record = annotate("The ship Marlowe sailed from the port Kestrel at dawn.")
    assert mention_texts(record) == []

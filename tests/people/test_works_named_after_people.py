"""The people layer on works whose title is a person's name: dated in brackets as a filmography
dates them, or the object of a verb of writing, staging or filming. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_title_dated_in_brackets_is_a_work(annotate: Annotate) -> None:
    record = annotate("Her films include Nora Whitlock (1981) and Harbor Lights (1984), both "
                      "directed by Tomas Brandt.")
    assert mention_texts(record) == ["Tomas Brandt"]


def test_the_object_of_a_verb_of_writing_or_staging_is_a_work(annotate: Annotate) -> None:
    record = annotate("Ellen Vance wrote Martha Quill in 1952, and the company staged Edith "
                      "Marlowe a year later.")
    assert mention_texts(record) == ["Ellen Vance"]


def test_a_cited_author_and_a_played_role_stay_people(annotate: Annotate) -> None:
    record = annotate("Sociologist Dana Whitcombe (1998) argued that towns shape habits.")
    assert mention_texts(record) == ["Dana Whitcombe"]
    record = annotate("Lena Farrow played Edith Marlowe in the 1990 revival.")
    assert mention_texts(record) == ["Lena Farrow", "Edith Marlowe"]


def test_a_person_directed_filmed_or_painted_stays_a_person(annotate: Annotate) -> None:
    assert mention_texts(annotate("The judge directed Nora Hale to pay the fine.")) \
        == ["Nora Hale"]
    assert mention_texts(annotate("The crew filmed Nora Hale as she crossed the street.")) \
        == ["Nora Hale"]


@pytest.mark.parametrize("text", [
    'Her debut single, "Jolene Carter", reached No. 3 on the country chart.',
    "The band closed the show with “Marisol Vega,” a ballad from its first album.",
])
def test_a_name_that_is_all_a_quotation_holds_is_a_title(annotate: Annotate, text: str) -> None:
    assert mention_texts(annotate(text)) == []


@pytest.mark.parametrize(("text", "mention"), [
    ('The outfielder, Austin "Shep" Hale, drove in two runs on Sunday.', 'Austin "Shep" Hale'),
    ('"Marisol Vega will not run again," the party chairman said Tuesday.', "Marisol Vega"),
])
def test_a_quoted_nickname_or_quotation_opening_with_a_name_stays(annotate: Annotate, text: str,
                                                                  mention: str) -> None:
    assert mention in mention_texts(annotate(text))

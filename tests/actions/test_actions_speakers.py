"""The first person in a quotation is its speaker: '"WE will not lift the sanctions," the
minister said' is the minister's refusal. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor"), [
    ('"We will not lift the sanctions," the Japanese trade minister said.',
     "Japanese trade minister"),
    ('"We have decided to expel the ambassador," the foreign minister said on Tuesday.',
     "foreign minister"),
    ('The Kenyan president said: "We will never negotiate with the kidnappers."',
     "Kenyan president"),
    ('"We reject these accusations," Beijing said in a statement.', "Beijing"),
])
def test_we_in_a_quote_is_the_speaker(annotate: Annotate, sentence: str, actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))] == [actor]


def test_our_forces_are_the_speakers_country(annotate: Annotate) -> None:
    record = annotate('"Our troops will withdraw from the border next week," the Kenyan '
                      'defense minister told reporters.')
    assert [a[3] for a in coded(record)] == ["KEN"]


@pytest.mark.parametrize(("sentence", "actor", "country"), [
    # guards: the country written US is no pronoun
    ("The US has issued an ultimatum to Turkey.", "US", "USA"),
    ("US troops attacked the base.", "US troops", "USA"),
])
def test_the_us_is_no_pronoun(annotate: Annotate, sentence: str, actor: str,
                              country: str) -> None:
    record = annotate(sentence)
    assert [a[3] for a in party_texts(record)] == [actor]
    assert [a[3] for a in coded(record)] == [country]

"""A body sent by a country or an organisation (a delegation, a mission, a contingent: WordNet's
deputation, contingent and team, models/sent_bodies.tsv), acting as the subject, belongs to
whoever its from-phrase names. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "country"), [
    ("A delegation from Kenya visited Kampala on Tuesday.", "delegation from Kenya", "KEN"),
    ("A deputation from Uganda met the Kenyan president.", "deputation from Uganda", "UGA"),
    ("A trade delegation from China signed a deal with Kenya.", "trade delegation from China",
     "CHN"),
    ("The delegation from Kenya walked out of the talks.", "delegation from Kenya", "KEN"),
])
def test_a_body_sent_belongs_to_whom_it_comes_from(annotate: Annotate, sentence: str,
                                                   actor: str, country: str) -> None:
    record = annotate(sentence)
    assert party_texts(record)[0][3] == actor
    assert coded(record)[0][3] == country


def test_a_delegation_from_two_countries_is_two_parties(annotate: Annotate) -> None:
    record = annotate("A delegation from Kenya and Uganda met rebel leaders in Juba.")
    assert sorted(a[3] for a in coded(record)) == ["KEN", "UGA"]


@pytest.mark.parametrize(("sentence", "actor", "country"), [
    # guards: a body named by its nationality, and one the actor withdraws, stay as they were
    ("A Ugandan delegation met Kenyan officials in Nairobi.", "Ugandan delegation", "UGA"),
    ("Kenya withdrew its delegation from the talks in Geneva.", "Kenya", "KEN"),
])
def test_other_bodies_stay_as_they_were(annotate: Annotate, sentence: str, actor: str,
                                        country: str) -> None:
    record = annotate(sentence)
    assert (party_texts(record)[0][3], coded(record)[0][3]) == (actor, country)

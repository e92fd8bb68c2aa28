"""Whoever made the request or complaint an act answers is named also in a passive participle
after the noun, a reduced relative ("rejected an appeal LODGED BY THE OPPOSITION PARTY"), as in a
by-phrase ("an appeal BY the party"). Not of people: "expelled workers EMPLOYED BY the U.N."
expels the workers. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("The court dismissed the lawsuit filed by the former mayor against the city.",
     "former mayor"),
    ("The Supreme Court rejected an appeal lodged by the opposition party against the ruling.",
     "opposition party"),
    ("The tribunal threw out a complaint brought by Kenya against Uganda.", "Kenya"),
])
def test_the_filer_of_what_is_rejected_is_the_target(annotate: Annotate, sentence: str,
                                                     target: str) -> None:
    assert party_texts(annotate(sentence))[0][4] == target


@pytest.mark.parametrize(("sentence", "target"), [
    # guards: people named with a participle are whom the act is done to
    ("The army freed 12 hostages held by the rebels.", "12 hostages"),
    ("Sudan expelled 20 aid workers employed by the United Nations.", "20 aid workers"),
])
def test_people_with_a_participle_stay_the_target(annotate: Annotate, sentence: str,
                                                  target: str) -> None:
    assert party_texts(annotate(sentence))[0][4] == target

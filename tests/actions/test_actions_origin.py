"""People acting as the subject, named by where they come from ("officials FROM KENYA",
"troops from Chad"), belong to that country. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "country"), [
    ("Troops from Chad attacked the militants near Lake Chad.", "Troops from Chad", "TCD"),
    ("Refugees from Syria protested in Istanbul.", "Refugees from Syria", "SYR"),
    ("Officials from Kenya met the Ugandan president in Kampala.", "Officials from Kenya",
     "KEN"),
])
def test_where_people_come_from_is_their_country(annotate: Annotate, sentence: str, actor: str,
                                                  country: str) -> None:
    record = annotate(sentence)
    assert party_texts(record)[0][3] == actor
    assert coded(record)[0][3] == country


@pytest.mark.parametrize(("sentence", "actor", "country"), [
    # guards: a place left by the object's people, and a thing from a place, stay as they were
    ("France withdrew its troops from Mali.", "France", "FRA"),
    ("Kenya recalled its ambassador from Uganda.", "Kenya", "KEN"),
])
def test_a_place_left_is_no_origin(annotate: Annotate, sentence: str, actor: str,
                                   country: str) -> None:
    record = annotate(sentence)
    assert (party_texts(record)[0][3], coded(record)[0][3]) == (actor, country)
    assert "MLI" not in [a[3] for a in coded(record)]

"""A list of names the parse read as an apposition with conjuncts of its own is a list: in
"The UN, the African Union and the EU called for restraint" each of the three calls. A true
apposition renames its head and adds no party. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The UN, the African Union and the EU called for restraint.",
     ["UN", "African Union", "EU"]),
    ("The UN, the African Union and the European Union condemned the coup.",
     ["UN", "African Union", "European Union"]),
])
def test_each_listed_name_is_a_party(annotate: Annotate, sentence: str,
                                     expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The African Union, the continental body, condemned the coup.", ["African Union"]),
    ("France, the United States and Britain condemned the coup.",
     ["France", "United States", "Britain"]),
])
def test_an_apposition_or_a_parsed_list_stays(annotate: Annotate, sentence: str,
                                              expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence) == expected

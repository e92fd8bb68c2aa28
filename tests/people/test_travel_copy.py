"""The people layer on travel-guide copy (issue 13): streets, squares, churches, inns and
restaurants named with a generic word, in English or in the local language, are places and
businesses, not people. Short original sentences in the style of a travel guide."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_foreign_generic_word_opening_a_name_makes_a_place(annotate: Annotate) -> None:
    record = annotate("Most of the town's 9,000 people live between Calle Bolivar and the "
                      "harbour. Ferries leave from Muelle Rosales at 7 a.m. Pizzeria Don "
                      "Carlo serves wood-fired pizza until midnight.")
    assert mention_texts(record) == []


def test_an_inn_or_a_grill_after_a_name_makes_a_business(annotate: Annotate) -> None:
    record = annotate("Rooms at the Premier Inn Kingsbury start at 60 pounds. For dinner, "
                      "Marco Pierre Grill serves steaks.")
    assert mention_texts(record) == []


def test_a_person_beside_a_business_stays_a_person(annotate: Annotate) -> None:
    record = annotate("Marisol Vega opened Cafe Luna on Calle Sucre in 2010. Vega still "
                      "bakes the bread herself.")
    assert mention_texts(record) == ["Marisol Vega", "Vega"]


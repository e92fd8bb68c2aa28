"""The people layer on a name that possesses what only a person has: a death, a wife, a
theory. Short original sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_name_before_a_life_event_or_a_body_part_is_a_person(annotate: Annotate) -> None:
    assert mention_texts(annotate("Investigators said Orlane's death was ruled an "
                                  "accident.")) == ["Orlane"]
    assert mention_texts(annotate("The defense said the burns on Debra's chest came "
                                  "later.")) == ["Debra"]
    assert mention_texts(annotate("The jury learned that Kessler's widow had sued the "
                                  "landlord.")) == ["Kessler"]


def test_a_name_before_a_thinker_s_theory_is_a_person(annotate: Annotate) -> None:
    record = annotate("Students then apply the postulates of Whitcombe's atomic theory to the "
                      "three samples.")
    assert mention_texts(record) == ["Whitcombe"]


def test_a_company_s_or_a_place_s_possessions_make_no_person(annotate: Annotate) -> None:
    record = annotate("Brightline's head of sales left, and Norvale's harbor closed.")
    assert mention_texts(record) == []

"""The people layer on a name that possesses what only a person has (a death, a wife, a
theory) or is the subject of what only a person does. Short original sentences."""

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


def test_the_subject_of_a_verb_only_people_do_is_a_person(annotate: Annotate) -> None:
    assert mention_texts(annotate("Investigators said Orlane died in the fire.")) == ["Orlane"]
    assert mention_texts(annotate("After the war, Kessler married a nurse from "
                                  "Leeds.")) == ["Kessler"]


def test_a_company_that_retires_a_fleet_or_a_heading_stays_out(annotate: Annotate) -> None:
    assert mention_texts(annotate("The company said Brightline retired the old fleet.")) == []
    assert mention_texts(annotate("Frontpage of the first edition\nThe author was born in "
                                  "1700.")) == []

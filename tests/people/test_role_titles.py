"""Span edges of the people layer (issue 13): a capitalised common noun of a kind of person
before a name inside a sentence is a title of rank or office, not part of the name, even
when no title list holds it. Short original sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_rank_noun_before_a_name_is_no_part_of_it(annotate: Annotate) -> None:
    record = annotate("The chapel holds the tomb of Abbot Lucas Ferreira, who founded the "
                      "order in 1521.")
    assert mention_texts(record) == ["Lucas Ferreira"]


def test_a_rank_noun_that_is_also_a_surname_is_a_title_mid_sentence(annotate: Annotate) -> None:
    record = annotate("The village still honours Czar Boris Petrov, who built its first "
                      "school.")
    assert mention_texts(record) == ["Boris Petrov"]


def test_a_given_name_that_is_also_a_person_noun_stays_in_the_name(annotate: Annotate) -> None:
    record = annotate("The trophy went to Hunter Caldwell of Ohio on Sunday.")
    assert mention_texts(record) == ["Hunter Caldwell"]


def test_a_regnal_numeral_after_a_titled_name_is_part_of_it(annotate: Annotate) -> None:
    record = annotate("He served Emperor Franz Joseph I for 40 years.")
    assert mention_texts(record) == ["Franz Joseph I"]


def test_the_pronoun_i_after_a_name_stays_out_of_it(annotate: Annotate) -> None:
    record = annotate("Thank you, Mr. Hale. Mr. Hale I know you want to answer that.")
    assert mention_texts(record) == ["Hale", "Hale"]


def test_the_name_of_a_people_before_a_name_is_no_title(annotate: Annotate) -> None:
    record = annotate("Voters met Hun Sen on Tuesday, a week after the death of Hun Sen's "
                      "aunt.")
    assert mention_texts(record) == ["Hun Sen", "Hun Sen"]

"""The people layer on full names the model labels as things: a census given name and surname
is a person, unless its words or the words around it make it a firm, a band or a building.
Short original sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_full_name_the_model_calls_an_organisation_is_a_person(annotate: Annotate) -> None:
    record = annotate("She starred opposite Mason Whitlock and Chelsea Dunmore in the 2011 "
                      "remake.")
    assert mention_texts(record) == ["Mason Whitlock", "Chelsea Dunmore"]


def test_a_cited_author_the_model_calls_an_organisation_is_a_person(annotate: Annotate) -> None:
    record = annotate("The chapter draws on the work of Grace Holloway and Derek Pruitt.")
    assert mention_texts(record) == ["Grace Holloway", "Derek Pruitt"]


def test_a_firm_a_band_or_a_building_named_after_a_person_stays_out(annotate: Annotate) -> None:
    assert mention_texts(annotate("Analysts at Morgan Stanley expect the shares to rise.")) == []
    assert mention_texts(annotate("Fans of the Kevin Marsh Band filled the hall.")) == []
    assert mention_texts(annotate("Visitors tour the Paula Renfrow House in the spring.")) == []


def test_common_words_after_a_given_name_make_no_person(annotate: Annotate) -> None:
    record = annotate("The Olympic Games opened in Athens, and the charity To Love Her Arms "
                      "raised funds.")
    assert mention_texts(record) == []


def test_a_place_of_the_gazetteer_is_no_census_name(annotate: Annotate) -> None:
    assert mention_texts(annotate("Hong Kong has good trams and cheap ferries.")) == []

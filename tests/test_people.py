"""The people layer, one failure class of wire copy per test, on short original sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def people_by_name(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {person["name"]: person for person in record["people"]}


def test_title_before_name_is_kept_out_of_the_name(annotate: Annotate) -> None:
    record = annotate("Russian Foreign Minister Dmitry Orlov arrived in Ankara on Tuesday.")
    orlov = people_by_name(record)["Dmitry Orlov"]
    assert orlov["title"] == "Foreign Minister"
    assert orlov["affiliation"] == "RUS"
    assert [m["text"] for m in orlov["mentions"]] == ["Dmitry Orlov"]


def test_country_before_multiword_title(annotate: Annotate) -> None:
    record = annotate("U.S. Secretary of State Margaret Hale flew to Warsaw.")
    hale = people_by_name(record)["Margaret Hale"]
    assert (hale["title"], hale["affiliation"]) == ("Secretary of State", "USA")


def test_surname_on_second_reference_joins_the_person(annotate: Annotate) -> None:
    record = annotate("Polish Foreign Minister Tomasz Wierzbicki spoke first. "
                      "Wierzbicki said the decision was final. Later, Wierzbicki left.")
    names = people_by_name(record)
    assert len(names["Tomasz Wierzbicki"]["mentions"]) == 3


def test_title_in_apposition_after_the_name(annotate: Annotate) -> None:
    record = annotate("Dmitry Orlov, the Russian foreign minister, rejected the offer.")
    orlov = people_by_name(record)["Dmitry Orlov"]
    assert orlov["title"] == "foreign minister"
    assert orlov["affiliation"] == "RUS"


def test_possessive_is_not_part_of_the_name(annotate: Annotate) -> None:
    record = annotate("Chancellor Katrin Albrecht's office confirmed the visit.")
    mentions = [m["text"] for p in record["people"] for m in p["mentions"]]
    assert "Katrin Albrecht" in mentions
    assert not any(text.endswith("'s") for text in mentions)


def test_country_alone_is_not_a_person(annotate: Annotate) -> None:
    record = annotate("Russia and Ukraine signed the deal in Istanbul on Friday.")
    assert record["people"] == []


def test_abbreviated_title_is_stripped(annotate: Annotate) -> None:
    record = annotate("Sen. Robert Caldwell, R-Ohio, called the sanctions overdue.")
    caldwell = people_by_name(record)["Robert Caldwell"]
    assert caldwell["title"] == "Sen."


def test_every_mention_offset_indexes_the_text(annotate: Annotate) -> None:
    text = ("MOSCOW (AP) — Foreign Minister Dmitry Orlov met Lars Eklund on Monday. "
            "Orlov later told reporters that Eklund had been \"constructive.\"")
    record = annotate(text)
    for person in record["people"]:
        for mention in person["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]

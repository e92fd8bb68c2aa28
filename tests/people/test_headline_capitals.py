"""Headlines in capitals: a title in capitals is a title, and the headline's verb ends the name
after it ("PRESIDENT HALE VISITS OHIO"); a thing named after a title is no person."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize(("text", "mention", "title"), [
    ("PRESIDENT OBAMA VISITS OHIO\n\nThe president toured a plant in Toledo on Tuesday.",
     "OBAMA", "PRESIDENT"),
    ("GOVERNOR ORTIZ, MAYOR LEE CLASH OVER BUDGET\n\nThe two traded barbs on Monday.",
     "LEE", "MAYOR"),
    ("President Obama Visits Ohio\n\nThe president toured a plant in Toledo on Tuesday.",
     "Obama", "President"),
])
def test_a_name_after_a_title_ends_at_the_headline_verb(annotate: Annotate, text: str,
                                                        mention: str, title: str) -> None:
    record = annotate(text)
    assert (mention, title) in [(m["text"], p["title"]) for p in record["people"]
                                for m in p["mentions"]]


def test_the_title_in_capitals_stays_out_of_the_name(annotate: Annotate) -> None:
    record = annotate("CHIEF JUSTICE ROBERTS SWEARS IN NEW JUSTICE\n\n"
                      "Chief Justice John Roberts administered the oath on Monday.")
    assert "ROBERTS" in _mentions(record)
    assert [p["title"] for p in record["people"]] == ["Chief Justice"]


@pytest.mark.parametrize("text", [
    "PRINCE EDWARD ISLAND VOTES ON TUESDAY\n\nIslanders go to the polls.",
    "GENERAL MOTORS RECALLS 40,000 TRUCKS\n\nThe carmaker said the brakes could fail.",
    "THE PRESIDENT SPEAKS\n\nHe spoke on Monday.",
])
def test_no_person_named_after_a_title_in_capitals(annotate: Annotate, text: str) -> None:
    assert annotate(text)["people"] == []


@pytest.mark.parametrize("text", [
    "CAPTAIN MARVEL TOPS BOX OFFICE",
    "CAPTAIN MARVEL TOPS BOX OFFICE\n\nThe superhero film took in $153 million over its first "
    "weekend, the studio said Sunday.",
])
def test_a_rare_name_that_is_a_common_word_after_a_title_in_capitals_is_no_person(
        annotate: Annotate, text: str) -> None:
    # "marvel" is an English noun and verb, a given name of 0.004% of women in the census and
    # its 8,118th surname: in capitals nothing shows it is a name, so the phrase is a title.
    assert annotate(text)["people"] == []


@pytest.mark.parametrize(("text", "mention"), [
    ("PRESIDENT BUSH VISITS TEXAS", "BUSH"),  # "bush": a common word, the 304th surname
    ("MAYOR YOUNG OPENS NEW LIBRARY", "YOUNG"),  # the 28th surname
])
def test_a_frequent_surname_that_is_a_common_word_after_a_title_in_capitals_is_a_name(
        annotate: Annotate, text: str, mention: str) -> None:
    assert _mentions(annotate(text)) == [mention]


@pytest.mark.parametrize(("text", "mentions"), [
    ("TIGER WOODS WINS MASTERS", ["TIGER WOODS"]),
    ("SERENA WILLIAMS ROLLS INTO FINAL", ["SERENA WILLIAMS"]),
    ("TIGER WOODS WINS MASTERS\n\nAUGUSTA, Ga. (AP) — Woods closed with a 70 on Sunday for his "
     "fifth green jacket.", ["TIGER WOODS", "Woods"]),
])
def test_a_full_name_of_census_names_opening_a_headline_in_capitals_is_a_person(
        annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions


@pytest.mark.parametrize("text", [
    "WHITE HOUSE WARNS OF DELAYS",  # a WordNet compound: the residence, not a person
    "RED CROSS SENDS AID TO HAITI",
    "WALL STREET RALLIES ON JOBS DATA",
    "GRAND JURY INDICTS FORMER MAYOR",
    "HOME SALES CLIMB IN MARCH",  # "sales": a common word and only the 3,477th surname
    "STOCK MARKET FALLS AGAIN",  # "Market": a word of organisations and places
])
def test_census_names_that_are_a_thing_opening_a_headline_in_capitals_are_no_person(
        annotate: Annotate, text: str) -> None:
    assert annotate(text)["people"] == []


def test_the_titles_in_capitals_are_matched_only_once_a_headline_needs_them() -> None:
    """Building the people layer leaves the matcher of titles in capitals unbuilt (few stories
    have a headline in capitals); the first such headline builds it."""
    from annotate.pipeline.annotator import Annotator

    annotator = Annotator()
    capitals = annotator.nlp.get_pipe("annotate_people").capital_titles
    annotator.annotate("The minister met her counterpart in Vienna on Monday.")
    assert capitals.matcher is None
    record = annotator.annotate("MAYOR LEE VISITS OHIO\n\nThe mayor toured a plant on Tuesday.")
    assert capitals.matcher is not None
    assert ("LEE", "MAYOR") in [(m["text"], p["title"]) for p in record["people"]
                                for m in p["mentions"]]


@pytest.mark.parametrize(("text", "mentions"), [
    ("CAPTAIN LENA HOLT TAKES COMMAND OF FRIGATE", ["LENA HOLT"]),  # "HOLT" tagged a verb
    ("PRESIDENT BUSH WILL SPEAK TONIGHT", ["BUSH"]),  # "WILL": a given name, but a stop word
])
def test_a_census_name_after_a_title_in_capitals_is_read_whatever_its_tag(
        annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

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

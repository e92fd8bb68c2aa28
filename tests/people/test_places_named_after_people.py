"""The people layer on holidays, places and structures named after a person: "Martin Luther
King Day", "the King Hussein Bridge", in mixed case and in a headline in capitals. Short
original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "MARTIN LUTHER KING DAY MARKED ACROSS NATION\n\nCrowds gathered in parks on Monday.",
    "Schools closed for Martin Luther King Day, and most banks followed suit.",
    "Trucks waited for hours at the King Hussein Bridge on Tuesday, officials said.",
    "Turn left on Queen Street and follow the signs to the ferry.",
])
def test_a_thing_named_after_a_person_is_no_person(annotate: Annotate, text: str) -> None:
    assert mention_texts(annotate(text)) == []


@pytest.mark.parametrize(("text", "mentions"), [
    ("Doris Day sang the opening number.", ["Doris Day"]),
    ("Sen. Mary Ann Day voted against the measure.", ["Mary Ann Day"]),
    ("Sen. Tom Bridge voted against the measure.", ["Tom Bridge"]),
    ("Mr. Street said he would seek a second term.", ["Street"]),
    ("Judge Day ruled against the county on Monday.", ["Day"]),
    ("PRESIDENT HALE VISITS OHIO\n\nThe president toured a plant.", ["HALE"]),
])
def test_a_surname_that_is_a_holiday_or_structure_noun_stays_a_person(
        annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert mention_texts(annotate(text)) == mentions

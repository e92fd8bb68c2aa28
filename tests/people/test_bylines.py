"""The names on a byline are the reporters who wrote the story, not people in it: they are left
out of the people found. A name in the story's text stays, even when a byline names it too.
Short original stories."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

STORY = ("Kenya, Somalia agree to reopen border\n"
         "{byline}\n"
         "NAIROBI, Kenya (AP) — Kenya and Somalia agreed Thursday to reopen their border, "
         "Interior Minister Kipchumba Murkomen said.\n")


@pytest.mark.parametrize("byline", ["By JAMES MUTUA", "By James Mutua", "By James Mutua | AP"])
def test_a_bylines_name_is_no_person_of_the_story(annotate: Annotate, byline: str) -> None:
    record = annotate(STORY.format(byline=byline))
    assert [p["name"] for p in record["people"]] == ["Kipchumba Murkomen"]


def test_a_name_in_the_text_stays(annotate: Annotate) -> None:
    record = annotate("By Ana Ortiz\nKENYA (AP) — Ana Ortiz, a reporter, was detained on Monday.")
    assert [p["name"] for p in record["people"]] == ["Ana Ortiz"]

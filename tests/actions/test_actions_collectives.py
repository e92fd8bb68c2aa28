"""Only a number or a collective noun names people by its of-phrase ("dozens OF rebels", "a
group OF aid workers"); any other noun is itself what is acted on ("captured the support OF
voters" abducts nobody, "seized the passports OF the journalists" arrests nobody)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameos"), [
    ("The candidate captured the support of young voters.", []),
    ("The police seized the passports of the journalists.", ["171"]),
    ("The army captured dozens of rebels near the border.", ["173"]),
])
def test_of_phrases_name_people_only_after_counts(annotate: Annotate, sentence: str,
                                                  cameos: list[str]) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == cameos


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Rebels seized a group of aid workers.", "181"),
    ("Police detained hundreds of protesters.", "173"),
    ("The junta freed the rest of the prisoners.", "0841"),
])
def test_counted_people_are_still_people(annotate: Annotate, sentence: str,
                                         cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

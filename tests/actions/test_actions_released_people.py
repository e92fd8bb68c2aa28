"""The release OF people: a release noun whose of-phrase names people is a release (0841),
as "released the opposition leader" is (the noun's party:people row); a release of a thing
is no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("The court ordered the release of the opposition leader.", "opposition leader"),
    ("The junta ordered the release of Maria Okafor on Tuesday.", "Maria Okafor"),
    ("A judge in Lagos ordered the release of the two bloggers.", "two bloggers"),
])
def test_release_of_people_is_a_release(annotate: Annotate, sentence: str,
                                        target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [("0841", "RETREAT")]
    assert target in actions[0]["target"]["text"]


@pytest.mark.parametrize("sentence", [
    "The band delayed the release of its new album.",
    "The company announced the release of its quarterly earnings.",
    "The ministry ordered the release of the report.",
])
def test_release_of_a_thing_gives_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_release_of_prisoners_keeps_its_row(annotate: Annotate) -> None:
    actions = annotate("The army announced the release of 40 prisoners.")["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [("0841", "RETREAT")]

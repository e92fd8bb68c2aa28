"""A participle clause set off by a comma after the subject ("the minister, ACCUSING Uganda of
backing the rebels, recalled ...") reports what the subject did besides the main verb: an event,
not a description; participles that describe a noun stay no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plovers"), [
    ("Kenya's foreign minister, accusing Uganda of backing the rebels, recalled the "
     "ambassador.", {"ACCUSE", "SANCTION"}),
    ("The UN envoy, urging both sides to resume talks, met the president.",
     {"REQUEST", "CONSULT"}),
])
def test_supplementive_participle_is_an_event(annotate: Annotate, sentence: str,
                                              plovers: set[str]) -> None:
    assert {a["plover"] for a in annotate(sentence)["actions"]} == plovers


@pytest.mark.parametrize(("sentence", "cameos"), [
    ("The army, backed by tanks, attacked the town.", ["190"]),
    ("Protesters, chanting slogans, marched to parliament.", ["141"]),
    ("A convoy carrying aid reached the city on Monday.", []),
])
def test_descriptive_participles_give_no_event(annotate: Annotate, sentence: str,
                                               cameos: list[str]) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == cameos

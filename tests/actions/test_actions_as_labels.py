"""The as-phrase of a comment, a criticism or a rejection names what its object is called (the
object predicative): "condemned the strikes as a VIOLATION of the truce" reports one
condemnation, not a violation. A clause of time after "as" is not such a name. Short original
sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    return [(a["trigger"], a["cameo"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lebanon's prime minister condemned the strikes as a flagrant violation of the truce.",
     [("condemned", "111")]),
    ("Kenya rejected the vote as a violation of its sovereignty.", [("rejected", "120")]),
    ("The ministry denounced the shelling as an invasion of its territory.",
     [("denounced", "111")]),
])
def test_a_name_given_in_an_as_phrase_is_no_event(annotate: Annotate, sentence: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert read(annotate, sentence) == expected


def test_a_clause_of_time_after_as_keeps_its_event(annotate: Annotate) -> None:
    actions = read(annotate, "Kenya condemned the raid as Ugandan troops shelled the border.")
    assert [trigger for trigger, _ in actions] == ["condemned", "shelled"]

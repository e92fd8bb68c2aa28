"""The agent of an event noun that the parse hangs on the noun's of-phrase is the noun's:
"the arrest of 20 journalists BY EGYPTIAN POLICE", "the abduction of 20 students BY GUNMEN".
A by-phrase on the noun itself and the of-phrase of a visit keep their readings. Short
original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def parties(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str | None, ...]]:
    return [(a["actor"]["text"] if a["actor"] else None,
             a["target"]["text"] if a["target"] else None)
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("The arrest of 20 journalists by Egyptian police sparked protests.", "arrest",
     [("Egyptian police", "20 journalists")]),
    ("The abduction of 20 students by gunmen shocked the country.", "abduction",
     [("gunmen", "20 students")]),
    # the event noun as the subject acts through that agent
    ("The abduction of 20 students by gunmen forced the school to close.", "forced",
     [("gunmen", "school")]),
])
def test_a_by_phrase_on_the_of_phrase_is_the_event_nouns_agent(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, ...]]) -> None:
    assert parties(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # the by-phrase on the noun itself, as before
    ("Protests followed the arrest of the opposition leader by police.", "arrest",
     [("police", "opposition leader")]),
    # an of-phrase of a subjective noun is its doer, as before
    ("The visit of the Chinese president to Kenya angered Taiwan.", "visit",
     [("Chinese president", "Kenya")]),
])
def test_other_by_phrases_stay(annotate: Annotate, sentence: str, trigger: str,
                               expected: list[tuple[str | None, ...]]) -> None:
    assert parties(annotate, sentence, trigger) == expected

"""Works of art and entertainment: a trigger whose subject is a film, a play, a novel or a song
reports what the work says or how it fared, no action of a party (models/work_nouns.tsv,
annotate/actions/senses.py); books and reports, the people of a film, and acts done to a work
still give their event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The film attacked the director's critics.",
    "The documentary attacked the senator.",
    "The novel attacked the government.",
    "The film bombed at the box office.",
    "The new play attacked the prime minister.",
    "The song mocked the president.",
])
def test_what_a_work_does_gives_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("The book accused the president of lying.", "112"),
    ("The report accused the army of torture.", "1122"),
    ("Iran banned the film.", "1721"),
    ("The director of the film accused the studio of censorship.", "112"),
    ("The movie's producer sued the network.", "115"),
])
def test_books_reports_and_acts_on_a_work_keep_their_event(annotate: Annotate, sentence: str,
                                                          cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

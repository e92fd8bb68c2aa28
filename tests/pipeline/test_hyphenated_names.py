"""East Asian given names written with a hyphen stay one word ("Moon Jae-in"), so the parse of
the sentence holds and the name is one party; hyphenated English compounds are left alone."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.pipeline.annotator import Annotator

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "name", "actor"), [
    ("South Korean President Lee Jae-myung held talks with Japan's prime minister.",
     "Lee Jae-myung", "South Korean President Lee Jae-myung"),
    ("Former South Korean President Moon Jae-in met Chinese officials.",
     "Moon Jae-in", "Former South Korean President Moon Jae-in"),
    ("South Korean Prime Minister Han Duck-soo held talks with Kishida.",
     "Han Duck-soo", "South Korean Prime Minister Han Duck-soo"),
    # the capital is the vowel ("Ing"), and a family name the model reads as an interjection
    ("Seoul Mayor Oh Se-hoon met Japanese officials.", "Oh Se-hoon", "Seoul Mayor Oh Se-hoon"),
])
def test_a_hyphenated_given_name_is_one_name_and_one_party(annotate: Annotate, sentence: str,
                                                           name: str, actor: str) -> None:
    record = annotate(sentence)
    assert name in [person["name"] for person in record["people"]]
    actors = [action["actor"]["text"] for action in record["actions"] if action["actor"]]
    assert actors == [actor]


@pytest.mark.parametrize(("text", "words"), [
    # English compounds: a second syllable on one side, or no family name before them
    ("Former Vice-president Joe Biden spoke.", ["Vice", "-", "president"]),
    ("The senator was Re-elected on Tuesday.", ["Re", "-", "elected"]),
    ("Anti-war protesters marched.", ["Anti", "-", "war"]),
    ("Syrian troops launched a pre-dawn raid.", ["pre", "-", "dawn"]),
])
def test_english_compounds_are_not_merged(annotator: Annotator, text: str,
                                          words: list[str]) -> None:
    tokens = [token.text for token in annotator.nlp(text)]
    assert any(tokens[i:i + 3] == words for i in range(len(tokens)))

"""Comments, remarks, articles, interviews and addresses act by what they say, as statements
and speeches do: their present participle is the speaker's act ("made comments CRITICIZING
the verdict"); a comment about a thing is none."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "actor"), [
    ("The minister made comments criticizing the verdict.", "ACCUSE", "minister"),
    ("The president gave an interview accusing the West of meddling.", "ACCUSE", "president"),
    ("The envoy wrote an article urging both sides to talk.", "REQUEST", "envoy"),
])
def test_words_act_by_what_they_say(annotate: Annotate, sentence: str, plover: str,
                                    actor: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["actor"]["text"]) for a in actions] == [(plover, actor)]


def test_comments_about_a_thing_give_nothing(annotate: Annotate) -> None:
    assert annotate("The minister made comments about the weather.")["actions"] == []

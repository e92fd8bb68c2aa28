"""Headline grammar drops articles, and the parser may then hang the subject on the verb as a
compound ("Mali JUNTA expels French ambassador"): the noun right before a verb with no subject
is its subject, with the words before it. Short original headlines."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and (a["actor"]["text"], a["actor"]["country"]),
             a["target"] and a["target"]["text"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("headline", "expected"), [
    ("Mali junta expels French ambassador",
     [("expels", "161", ("Mali junta", "MLI"), "French ambassador")]),
    ("Iran court sentences French tourist",
     [("sentences", "116", ("Iran court", "IRN"), "French tourist")]),
])
def test_a_compound_before_the_verb_is_its_subject(annotate: Annotate, headline: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, headline) == expected


def test_a_subject_the_parse_found_stays(annotate: Annotate) -> None:
    assert read(annotate, "Kenya police arrest 20 protesters") == [
        ("arrest", "173", ("Kenya police", "KEN"), "20 protesters")]

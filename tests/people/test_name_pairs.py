"""Two names joined by a hyphen and nothing else, the first no given name and the pair never
written after a given name in the story, is a law, a test or a company named after two people
("Sarbanes-Oxley", "Kruskal-Wallis"), no one person; a double surname after a given name, a
hyphenated given name and a titled name stay."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "Sarbanes-Oxley raised the cost of audits.",
    "A Kruskal-Wallis test compared the groups.",
])
def test_a_lone_pair_of_names_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Catherine Zeta-Jones won an Oscar. Zeta-Jones thanked her husband.",
     ["Catherine Zeta-Jones", "Zeta-Jones"]),
    ("Sen. Ana Ruiz-Hale spoke on Friday. Ruiz-Hale said the bill would pass.",
     ["Ana Ruiz-Hale", "Ruiz-Hale"]),
])
def test_a_double_surname_stays(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

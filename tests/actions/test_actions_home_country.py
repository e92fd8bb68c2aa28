"""Domestic groups with no country of their own (police, students, protesters) take the
country of the place their clause names as the location reads it ("in the Kenyan capital"),
and, when the clause names none and no counterpart gives one, the dateline's country
(models/actions_domestic.tsv, rule 1). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def countries(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["country"],
             a["target"] and a["target"]["country"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police arrested 40 protesters in the Kenyan capital.", [("arrested", "173", "KEN", "KEN")]),
    ("NAIROBI, Kenya (AP) — Police arrested 40 protesters on Monday.",
     [("arrested", "173", "KEN", "KEN")]),
    ("KAMPALA, Uganda (AP) — Students marched to parliament on Tuesday.",
     [("marched", "141", "UGA", "UGA")]),
])
def test_a_domestic_group_takes_the_country_of_its_place(
        annotate: Annotate, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert countries(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the counterpart's country before the dateline's
    ("NAIROBI, Kenya (AP) — Ugandan police arrested 40 protesters on Monday.",
     [("arrested", "173", "UGA", "UGA")]),
    # already so before the location was read (the counterpart rule)
    ("Riot police detained dozens of students in the Ugandan capital on Tuesday.",
     [("detained", "173", "UGA", "UGA")]),
    # no place, no dateline: no country
    ("Police arrested 40 protesters on Monday.", [("arrested", "173", None, None)]),
    # a country by name keeps its own
    ("NAIROBI, Kenya (AP) — Ethiopia expelled two French diplomats on Monday.",
     [("expelled", "161", "ETH", "FRA")]),
])
def test_the_dateline_does_not_override(annotate: Annotate, sentence: str,
                                        expected: list[tuple[Any, ...]]) -> None:
    assert countries(annotate, sentence) == expected

"""Issue 12, parties: a domestic group with no country of its own takes the dateline's country,
unless the action's clause names another country outside the action's own parties: a
Brussels story about an Iranian crackdown is not about Belgian protesters. The action's own
parties and the clauses it governs do not count. Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def countries(record: dict[str, Any], trigger: str) -> list[tuple[Any, ...]]:
    return [(a["actor"] and a["actor"]["country"], a["target"] and a["target"]["country"])
            for a in record["actions"] if a["trigger"] == trigger]


def test_a_clause_about_another_country_takes_no_dateline_country(annotate: Annotate) -> None:
    record = annotate("BRUSSELS (AP) — The European Union on Monday imposed new sanctions on "
                      "14 Iranian officials over the crackdown on protesters.")
    assert countries(record, "crackdown") == [(None, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police arrested 12 opposition supporters on Monday.", ("KEN", "KEN")),
    ("Police arrested 12 Ugandan traders on Monday.", ("KEN", "UGA")),
    ("Police arrested 12 opposition supporters on Monday, a day after Uganda closed the "
     "border.", ("KEN", "KEN")),
])
def test_the_datelines_country_stays_for_a_clause_about_it(annotate: Annotate, sentence: str,
                                                          expected: tuple[str, str]) -> None:
    record = annotate("NAIROBI, Kenya (AP) — " + sentence)
    assert countries(record, "arrested") == [expected]

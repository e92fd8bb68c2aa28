"""A subject pronoun after a fronted adverbial clause stands for that clause's subject: "After
THE REBELS seized the town, THEY attacked a police post". Short original sentences in AP
style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


def _actors(record: dict[str, Any], trigger: str) -> list[str | None]:
    return [a[3] for a in party_texts(record) if a[0] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("After the rebels seized the town, they attacked a police post.", "attacked", "rebels"),
    ("When Kenya closed the border, it also expelled two Ugandan diplomats.", "expelled",
     "Kenya"),
    ("After Iran seized the tanker, it detained the crew.", "detained", "Iran"),
])
def test_the_pronoun_takes_the_fronted_subject(annotate: Annotate, sentence: str, trigger: str,
                                               actor: str) -> None:
    assert _actors(annotate(sentence), trigger) == [actor]


def test_the_antecedent_brings_its_country(annotate: Annotate) -> None:
    record = annotate("When Kenya closed the border, it also expelled two Ugandan diplomats.")
    assert ("expelled", "161", "SANCTION", "KEN", "UGA") in [a[:5] for a in coded(record)]


@pytest.mark.parametrize(("sentence", "trigger"), [
    # guards: a thing is no antecedent; "they" does not take up a singular name
    ("After the talks collapsed, they attacked a police post.", "attacked"),
    ("When Kenya closed the border, they attacked a police post.", "attacked"),
])
def test_no_antecedent_that_does_not_fit(annotate: Annotate, sentence: str,
                                         trigger: str) -> None:
    assert _actors(annotate(sentence), trigger) == ["they"]

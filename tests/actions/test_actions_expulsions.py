"""Expelling aid agencies and their people: CAMEO 1663, PLOVER SANCTION/expel (the lexicon's
convention 1), also when the object is the agencies' workers ("AID workers", "RELIEF staff");
migrants and other individuals stay deportations (174, COERCE). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]
            if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Niger expelled the French aid workers on Monday.", "expelled"),
    ("Burundi expelled two relief workers from Belgium.", "expelled"),
    ("The expulsion of foreign charities by Sudan drew criticism.", "expulsion"),
])
def test_expelling_aid_agencies_or_their_workers_reduces_relations(
        annotate: Annotate, sentence: str, trigger: str) -> None:
    assert coded(annotate, sentence, trigger) == [("1663", "SANCTION")]


@pytest.mark.parametrize("sentence", [
    "Malaysia expelled 500 Myanmar migrants on Friday.",
    "Russia expelled an American journalist last week.",
])
def test_expelling_individuals_stays_a_deportation(annotate: Annotate, sentence: str) -> None:
    assert coded(annotate, sentence, "expelled") == [("174", "COERCE")]


def parties_of(annotate: Annotate, sentence: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["country"],
             a["target"] and a["target"]["country"]) for a in annotate(sentence)["actions"]]


def test_a_headline_object_without_an_article_is_the_object(annotate: Annotate) -> None:
    # the parser reads the article-less object as an adverbial noun: it is still what is
    # expelled, and the envoy's nationality names the target
    assert parties_of(annotate, "Bolivia expels American ambassador.") == [
        ("expels", "161", "BOL", "USA")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a bare day or week after the verb is when, not whom
    ("The leaders met Tuesday.", [("met", "040", None, None)]),
    ("NATO troops withdrew Monday.", [("withdrew", "0874", "IGO", None)]),
])
def test_a_bare_date_is_no_object(annotate: Annotate, sentence: str,
                                  expected: list[tuple[Any, ...]]) -> None:
    assert parties_of(annotate, sentence) == expected

"""People expelled or extradited in the passive with no one named are sent away by the state
they leave: "two Kenyan diplomats were expelled FROM UGANDA" is Uganda's expulsion, as "were
arrested IN NIGER" is Niger's arrest. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "dyad"), [
    ("Two Kenyan diplomats were expelled from Uganda.", ("UGA", "KEN")),
    ("Two Russian envoys were expelled from Estonia on Monday.", ("EST", "RUS")),
])
def test_the_state_left_is_the_expeller(annotate: Annotate, sentence: str,
                                        dyad: tuple[str, str]) -> None:
    assert [(a[3], a[4]) for a in coded(annotate(sentence))] == [dyad]


@pytest.mark.parametrize(("sentence", "dyad"), [
    # guards: no place, no expeller; an active expulsion keeps its subject
    ("Two Kenyan diplomats were expelled.", (None, "KEN")),
    ("Uganda expelled two Kenyan diplomats.", ("UGA", "KEN")),
])
def test_otherwise_as_before(annotate: Annotate, sentence: str, dyad: tuple[str, str]) -> None:
    assert [(a[3], a[4]) for a in coded(annotate(sentence))] == [dyad]


def test_the_country_they_must_leave_expels(annotate: Annotate) -> None:
    record = annotate("Two Kenyan diplomats were ordered to leave Uganda.")
    assert [(a[3], a[4]) for a in coded(record)] == [("UGA", "KEN")]


def test_a_place_that_is_no_country_gives_no_expeller(annotate: Annotate) -> None:
    record = annotate("Two Kenyan diplomats were ordered to leave the meeting.")
    assert [a[3] for a in coded(record)] == [None]


@pytest.mark.parametrize(("sentence", "dyad"), [
    # a judgment passed in a country is its courts'
    ("A British journalist was sentenced to 10 years in prison in Iran.", ("IRN", "GBR")),
    ("Two French aid workers were convicted in Mali on Tuesday.", ("MLI", "FRA")),
])
def test_a_judgment_nobody_is_named_for_is_the_states(annotate: Annotate, sentence: str,
                                                      dyad: tuple[str, str]) -> None:
    assert [(a[3], a[4]) for a in coded(annotate(sentence))] == [dyad]


def test_a_judgment_without_a_place_keeps_no_actor(annotate: Annotate) -> None:
    record = annotate("The journalist was sentenced to 10 years in prison.")
    assert [a[3] for a in coded(record)] == [None]

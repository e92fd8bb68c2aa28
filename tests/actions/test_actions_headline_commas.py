"""A headline's comma stands for "and" between the names before its verb ("KENYA, UGANDA sign
trade pact", AP headline style): both are parties. Short original headlines."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("headline", "dyad"), [
    ("Kenya, Uganda sign trade pact", ("KEN", "UGA")),
    ("Iran, Iraq agree to reopen border crossing", ("IRN", "IRQ")),
])
def test_both_names_are_parties(annotate: Annotate, headline: str,
                                dyad: tuple[str, str]) -> None:
    assert [(a[3], a[4]) for a in coded(annotate(headline))] == [dyad]


def test_a_fronted_phrase_is_no_party(annotate: Annotate) -> None:
    # guard: a phrase of time before the comma
    record = annotate("On Monday, Kenya expelled two Ugandan diplomats.")
    assert [(a[3], a[4]) for a in coded(record)] == [("KEN", "UGA")]

"""A subject or object coordinated by "neither ... nor" (or with "neither" as its determiner)
says the act did not happen: "NEITHER Kenya NOR Uganda signed the agreement" is negated, as
"no country signed" is. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Neither Kenya nor Uganda signed the agreement.", "signed"),
    ("Neither side accepted the proposal.", "accepted"),
    ("Kenya recognized neither the rebels nor the junta.", "recognized"),
])
def test_neither_nor_negates(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert [a[6] for a in coded(annotate(sentence)) if a[0] == trigger] == [True]


@pytest.mark.parametrize(("sentence", "trigger"), [
    # guards: plain coordination, and "neither" in another clause
    ("Kenya and Uganda signed the agreement.", "signed"),
    ("Kenya signed the agreement, and neither side objected.", "signed"),
])
def test_other_coordination_is_asserted(annotate: Annotate, sentence: str,
                                        trigger: str) -> None:
    assert [a[6] for a in coded(annotate(sentence)) if a[0] == trigger] == [False]

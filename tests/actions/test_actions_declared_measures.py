"""A measure declared or imposed on a place (CAMEO 1723, 1724: a curfew, a state of emergency or
siege, martial law) is aimed at that place, not at the measure its row names ("declared a STATE
OF SIEGE in Barillas"). Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("The government declared a state of siege in the northern town of Barillas.", "Barillas"),
    ("The president declared a state of emergency in Kano.", "Kano"),
    ("The government imposed martial law in Mindanao.", "Mindanao"),
])
def test_a_measure_is_aimed_at_its_place(annotate: Annotate, sentence: str,
                                         target: str) -> None:
    assert party_texts(annotate(sentence))[0][4] == target


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # guards: what a ban or censorship names is whom it binds; a curfew noun took its place
    ("The government banned two newspapers on Monday.", "banned", "two newspapers"),
    ("The army imposed a curfew in Kano on Sunday.", "curfew", "Kano"),
])
def test_other_measures_keep_their_target(annotate: Annotate, sentence: str, trigger: str,
                                          target: str) -> None:
    assert [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [target]

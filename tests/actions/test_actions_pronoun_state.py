"""A subject pronoun that stands for the police, the army or a state (the subject that reports
or conjoins its clause) makes a taking of people an arrest (CAMEO 173), as the named subject
does: "Police said THEY seized three suspects". Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Police stormed the building, and they seized three suspects.", "seized"),
    ("Kenyan police said they captured two rebel commanders.", "captured"),
    ("The army said it had seized two rebel commanders.", "seized"),
])
def test_a_pronoun_for_the_state_arrests(annotate: Annotate, sentence: str,
                                         trigger: str) -> None:
    assert [(a[1], a[2]) for a in coded(annotate(sentence)) if a[0] == trigger] == [
        ("173", "COERCE")]


@pytest.mark.parametrize("sentence", [
    # guards: a pronoun for rebels, and one with no antecedent, still abduct
    "The rebels said they had seized two soldiers.",
    "They seized three suspects on Monday.",
])
def test_other_pronouns_abduct(annotate: Annotate, sentence: str) -> None:
    assert [a[1] for a in coded(annotate(sentence)) if a[0] == "seized"] == ["181"]

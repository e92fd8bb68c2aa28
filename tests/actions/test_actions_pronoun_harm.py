"""A personal pronoun that stands for people (he, she, they) is a doer of harm done to people:
"THEY executed three officials". Its antecedent, when the sentence has one, names the party
("Rebels seized the town, and THEY executed ..."). Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    ("They executed three officials on Monday.", "executed", "They", "three officials"),
    ("They wounded four protesters on Sunday.", "wounded", "They", "four protesters"),
    ("Rebels seized the town, and they executed three officials.", "executed", "Rebels",
     "three officials"),
    ("The rebels said they executed three soldiers.", "executed", "rebels", "three soldiers"),
])
def test_a_pronoun_for_people_does_harm(annotate: Annotate, sentence: str, trigger: str,
                                        actor: str, target: str) -> None:
    found = [(a[3], a[4]) for a in party_texts(annotate(sentence)) if a[0] == trigger]
    assert found == [(actor, target)]


@pytest.mark.parametrize("sentence", [
    # guards: "it" may be a storm, and a plan executed harms nobody
    "The storm hit the coast, and it injured 40 people.",
    "It injured 40 people.",
    "They executed the plan on Monday.",
])
def test_no_harm_without_people_on_both_sides(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in party_texts(annotate(sentence)) if a[0] in ("injured", "executed")]

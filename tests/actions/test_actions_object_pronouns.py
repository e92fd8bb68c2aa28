"""An object pronoun (them, him, her) of the second of two conjoined verbs takes up the first
verb's object when they agree in number: "Rebels captured THREE SOLDIERS and executed THEM" is
an execution of the soldiers. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("Rebels captured three soldiers and executed them.", "executed", "three soldiers"),
    ("Gunmen seized two aid workers and wounded them.", "wounded", "two aid workers"),
    ("The militants abducted a journalist and later freed him.", "freed", "journalist"),
    ("Police detained the activists and released them on Monday.", "released", "activists"),
])
def test_an_object_pronoun_takes_up_the_first_object(annotate: Annotate, sentence: str,
                                                     trigger: str, target: str) -> None:
    assert [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [target]


@pytest.mark.parametrize("sentence", [
    # guards: things taken up are no people, and a singular noun is no "them"
    "Police seized the documents and released them on Monday.",
    "Police detained the activist and released them on Monday.",
])
def test_no_people_no_release(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in party_texts(annotate(sentence)) if a[0] == "released"]

"""A headline verb the parse tags as a noun but that heads the sentence with a subject and a
direct object ("Kenyan police ARREST 20 protesters") is read as the verb: its subject is the
actor and its object the target. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Kenyan police arrest 20 protesters in Nairobi",
    "Kenyan police arrest 20 protesters in Nairobi.",
])
def test_the_misread_verb_has_its_parties(annotate: Annotate, sentence: str) -> None:
    assert [(a[0], a[3], a[4]) for a in party_texts(annotate(sentence))] == [
        ("arrest", "Kenyan police", "20 protesters")]


def test_a_noun_trigger_keeps_its_own_reading(annotate: Annotate) -> None:
    # guard: a real noun trigger with its between-phrase, as before
    record = annotate("Talks between Kenya and Uganda resumed.")
    assert [(a[3], a[4]) for a in party_texts(record)] == [("Kenya", "Uganda")]

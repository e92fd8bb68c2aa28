"""A capitalised title with the name after it ("Kenya's PRESIDENT WILLIAM RUTO") is one party,
the person, even where the parse makes the name an apposition of the title. Short original
sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Kenya's President William Ruto ordered the army to withdraw from the border.",
     "Kenya's President William Ruto"),
    ("France's Foreign Minister Catherine Colonna condemned the attack.",
     "France's Foreign Minister Catherine Colonna"),
])
def test_the_title_and_the_name_are_one_party(annotate: Annotate, sentence: str,
                                              actor: str) -> None:
    record = annotate(sentence)
    assert [a[3] for a in party_texts(record)] == [actor]
    assert record["actions"][0]["actor"]["person"] is not None


@pytest.mark.parametrize(("sentence", "actor"), [
    # guards: a title phrase alone, and a name in apposition after a comma, as before
    ("Kenya's President ordered the army to withdraw from the border.", "Kenya's President"),
    ("Lavrov, Russia's foreign minister, accused NATO of provoking the crisis.", "Lavrov"),
])
def test_other_phrases_stay(annotate: Annotate, sentence: str, actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))] == [actor]

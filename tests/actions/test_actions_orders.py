"""Who orders an act does it, in the noun form as in the verb form: "issued an order TO
ARREST", "a warrant FOR THE ARREST of", as "ordered the arrest of". Short original sentences
in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("The council issued an order to arrest the governor.", "council"),
    ("The court issued a warrant for the arrest of the former mayor.", "court"),
    ("The president gave an order to the army to shell the town.", "president"),
    ("The council issued an order to the police to carry out an arrest warrant for the "
     "governor.", "council"),
    ("An order to expel the diplomats was issued by the foreign ministry.", "foreign ministry"),
])
def test_who_issues_the_order_does_the_act(annotate: Annotate, sentence: str,
                                           actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))] == [actor]


@pytest.mark.parametrize(("sentence", "actor"), [
    # guards: the verb form as before; an act with its own subject keeps it
    ("The council ordered the arrest of the governor.", "council"),
    ("Police arrested the governor on an order from the council.", "Police"),
])
def test_other_acts_stay(annotate: Annotate, sentence: str, actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))][:1] == [actor]

"""An adjective of blame ("responsible for", "guilty of") says its subject, or the noun it
is said of, did the event its phrase names. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


def _doers(record: dict[str, Any]) -> list[str | None]:
    """The actor text of every act of violence (CAMEO 18-20)."""
    return [a[3] for a in party_texts(record) if a[1][:2] in ("18", "19", "20")]


@pytest.mark.parametrize(("sentence", "doer"), [
    ("The army was responsible for the shelling of the town.", "army"),
    ("The rebels were guilty of violating the ceasefire.", "rebels"),
    ("Officials held the militia responsible for the attack on the convoy.", "militia"),
])
def test_who_is_to_blame_did_it(annotate: Annotate, sentence: str, doer: str) -> None:
    assert _doers(annotate(sentence)) == [doer]


@pytest.mark.parametrize(("sentence", "not_doer"), [
    # guards: a denial blames nobody; an event that names its own doer keeps it
    ("The rebels were not responsible for the killings.", "rebels"),
    ("The militia was responsible for the attack by the rebels.", "militia"),
])
def test_no_blame_where_the_sentence_gives_none(annotate: Annotate, sentence: str,
                                                not_doer: str) -> None:
    assert not_doer not in _doers(annotate(sentence))

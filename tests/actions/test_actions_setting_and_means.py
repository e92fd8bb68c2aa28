"""A fronted phrase of setting and a munition in a with-phrase are no targets
(:mod:`annotate.actions.adjuncts`)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def targets(annotate: Annotate, sentence: str) -> list[str | None]:
    return [a["target"] and a["target"]["text"] for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize(("sentence", "target"), [
    ("At a news conference, the minister condemned the attack.", "attack"),
    ("Police dispersed the protest with tear gas.", "protest"),
    ("The army shelled the town with artillery.", "town"),
])
def test_setting_and_means_are_no_targets(annotate: Annotate, sentence: str,
                                          target: str) -> None:
    assert targets(annotate, sentence) == [target]


@pytest.mark.parametrize(("sentence", "target"), [
    ("Kenya signed a deal with Uganda.", "Uganda"),
    ("Rebels fired rockets at the town.", "town"),
    ("At the border, soldiers fired on the protesters.", "protesters"),
    ("Police dispersed the protesters with tear gas and rubber bullets.", "protesters"),
])
def test_partners_and_aims_stay(annotate: Annotate, sentence: str, target: str) -> None:
    assert targets(annotate, sentence) == [target]

""""Repatriate" is "return" (CAMEO 084, RETREAT / release) for captives and for remains and
cultural property (models/actions_phrasal.tsv); migrants or profits repatriated are no release."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "code", "actor"), [
    ("Israel repatriated the remains of the soldier to Lebanon.", "0842", "Israel"),
    ("Germany repatriated the looted artifacts to Nigeria.", "0842", "Germany"),
    ("Russia repatriated 50 Ukrainian prisoners of war on Friday.", "0841", "Russia"),
])
def test_repatriated_is_returned(annotate: Annotate, sentence: str, code: str,
                                 actor: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"]) for a in actions] == [
        ("RETREAT", code, actor)]


@pytest.mark.parametrize("sentence", [
    "Mexico repatriated 300 migrants from the United States.",
    "The company repatriated its profits.",
])
def test_other_repatriations_are_none(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []

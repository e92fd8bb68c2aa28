"""A delegation, an envoy or negotiators sent or dispatched to a party make a visit (CAMEO 042,
"send * delegation/envoy": models/actions_phrasal.tsv); troops, aid and reporters sent keep
their own readings."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("Kenya sent a delegation to Addis Ababa.", "Kenya", "Addis Ababa"),
    ("Kenya sent an envoy to Sudan on Monday.", "Kenya", "Sudan"),
    ("Qatar dispatched negotiators to Kabul.", "Qatar", "Kabul"),
])
def test_sent_delegations_are_visits(annotate: Annotate, sentence: str, actor: str,
                                     target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["plover"], a["cameo"], a["actor"]["text"], a["target"]["text"])
            for a in actions] == [("CONSULT", "042", actor, target)]


def test_a_reporter_sent_is_none(annotate: Annotate) -> None:
    assert annotate("The newspaper sent a reporter to Kabul.")["actions"] == []


def test_troops_sent_stay_a_deployment(annotate: Annotate) -> None:
    assert [a["cameo"] for a in annotate("The army sent troops to the border.")["actions"]] == [
        "154"]

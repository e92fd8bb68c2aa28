"""An event noun that a noun of possibility names ("amid FEARS OF an attack", "HOPES FOR a
ceasefire") is one that may happen, hypothetical, as a "possible" one is; an event reported is
asserted."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Residents fled amid fears of an attack on the town.", "attack"),
    ("The prospect of sanctions against Iran worried traders.", "sanctions"),
    ("The UN raised hopes for a ceasefire in Gaza.", "ceasefire"),
])
def test_feared_events_are_hypothetical(annotate: Annotate, sentence: str,
                                        trigger: str) -> None:
    moods = {a["trigger"]: a["modality"] for a in annotate(sentence)["actions"]}
    assert moods.get(trigger) == "hypothetical"


def test_a_reported_attack_is_asserted(annotate: Annotate) -> None:
    actions = annotate("Rebels launched an attack on the town.")["actions"]
    assert [(a["trigger"], a["modality"]) for a in actions] == [("attack", "asserted")]

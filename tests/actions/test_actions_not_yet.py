"""What a party "has yet to" or "is yet to" do has not happened: the act is negated, neither
reported nor announced; "has yet again" and "is to" keep their readings."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Kenya has yet to release the detained journalists.",
    "The rebels are yet to free the hostages.",
])
def test_yet_to_is_not_done(annotate: Annotate, sentence: str) -> None:
    actions = annotate(sentence)["actions"]
    assert actions and all(a["negated"] for a in actions)


@pytest.mark.parametrize(("sentence", "cameo", "modality"), [
    ("Kenya has yet again expelled Ugandan diplomats.", "161", "asserted"),
    ("Kenya is to expel two Ugandan diplomats.", "1313", "future"),
])
def test_other_readings_stay(annotate: Annotate, sentence: str, cameo: str,
                             modality: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["modality"], a["negated"]) for a in actions] == [
        (cameo, modality, False)]

"""A headline's to-infinitive after its subject is its future ("Iran to free aid worker" is
"Iran will free ..."): cooperation announced is an intent (03x, AGREE), conflict a threat (13x,
THREATEN); a headline in the present tense reports the act."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo", "plover"), [
    ("Iran to free British aid worker.", "0353", "AGREE"),
    ("Kenya to expel Ugandan diplomats.", "1313", "THREATEN"),
    ("EXCLUSIVE: Iran to free British-Iranian aid worker.", "0353", "AGREE"),
])
def test_headline_infinitive_is_future(annotate: Annotate, sentence: str, cameo: str,
                                       plover: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"], a["modality"]) for a in actions] == [
        (cameo, plover, "future")]


def test_present_tense_headline_reports_the_act(annotate: Annotate) -> None:
    actions = annotate("Kenya expels Ugandan envoy.")["actions"]
    assert [(a["cameo"], a["modality"]) for a in actions] == [("161", "asserted")]

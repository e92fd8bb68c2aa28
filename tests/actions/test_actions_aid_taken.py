"""Aid taken away or held up: whoever seizes, steals, diverts, intercepts, obstructs or
restricts aid did not give it (Levin's "steal" verbs, 10.5; WordNet's obstruct, impede and
restrict verbs), as whoever prevents a demonstration did not stage it. The aid noun takes no
actor from such a verb's subject. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "taker"), [
    ("Police seized the humanitarian aid at the border.", "Police"),
    ("Hamas stole food aid in Gaza.", "Hamas"),
    ("Rebels diverted humanitarian aid in Tigray.", "Rebels"),
    ("Militants intercepted humanitarian aid near Goma.", "Militants"),
    ("The government obstructed humanitarian assistance to Tigray.", "government"),
    ("Israel restricted aid to Gaza.", "Israel"),
])
def test_the_taker_is_no_giver(annotate: Annotate, sentence: str, taker: str) -> None:
    givers = [row[3] for row in party_texts(annotate(sentence)) if row[2] == "AID"]
    assert taker not in givers


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan provided humanitarian aid to Haiti.", [("aid", "073", "AID", "Japan", "Haiti")]),
    ("Japan sent humanitarian aid to Haiti.", [("aid", "073", "AID", "Japan", "Haiti")]),
    ("Police seized the protest leaders.",
     [("seized", "173", "COERCE", "Police", "protest leaders")]),
])
def test_giving_and_other_seizures_unchanged(annotate: Annotate, sentence: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected

"""A campaign against armed groups is a use of armed force (CAMEO 190, PLOVER ASSAULT), under
any light verb ("waged", "launched"); a campaign against a law or corruption is none, and in
"a campaign of bombing" the bombing stays the event. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]



@pytest.mark.parametrize(("sentence", "expected"), [
    ("The army is waging a campaign against the insurgents.",
     [("campaign", "190", "ASSAULT", "army", "insurgents")]),
    ("The government launched a campaign against the militants.",
     [("campaign", "190", "ASSAULT", "government", "militants")]),
])
def test_a_campaign_against_armed_groups_is_force(annotate: Annotate, sentence: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Activists waged a campaign against the new law.", []),
    ("The opposition launched a campaign against corruption.", []),
    ("The junta waged a campaign of bombing in the east.",
     [("bombing", "183", "ASSAULT", "junta", None)]),
])
def test_other_campaigns(annotate: Annotate, sentence: str,
                         expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected

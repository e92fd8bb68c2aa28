"""To sanction a plan, a merger or the use of force is to approve it (WordNet sanction.v.01
"give sanction to"), no penalty: only a sanctioned party is coerced (163)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The board sanctioned the merger on Friday.",
    "The UN Security Council sanctioned the use of force against Libya.",
    "The league sanctioned the match in Riyadh.",
])
def test_a_thing_sanctioned_is_approved(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in annotate(sentence)["actions"] if a["trigger"] == "sanctioned"]


@pytest.mark.parametrize(("sentence", "target"), [
    ("The United States sanctioned three Russian officials on Monday.", "RUS"),
    ("The US sanctioned Iran over its nuclear plan.", "IRN"),
    ("Britain sanctioned Russia for the attack on Ukraine.", "RUS"),
])
def test_a_party_sanctioned_is_coerced(annotate: Annotate, sentence: str, target: str) -> None:
    (action,) = [a for a in annotate(sentence)["actions"] if a["trigger"] == "sanctioned"]
    assert (action["cameo"], action["target"]["country"]) == ("163", target)

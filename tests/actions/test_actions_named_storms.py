"""Named storms: a name titled Hurricane, Typhoon, Cyclone or Storm is a storm, no doer of the
harm it does (annotate/actions/mishaps.py); jets named for a storm and titles of office are
no storm."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Hurricane Ida struck Louisiana on Sunday.",
    "Cyclone Idai struck Mozambique in March.",
    "Typhoon Haiyan struck the central Philippines.",
    "Hurricane Maria killed dozens in Puerto Rico.",
])
def test_a_storm_by_its_name_does_no_harm_of_a_party(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("RAF Typhoon jets struck militant positions in Syria.", "190"),
    ("Fire Chief John Smith accused the city of neglect.", "112"),
])
def test_jets_and_titles_are_no_storm(annotate: Annotate, sentence: str, cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

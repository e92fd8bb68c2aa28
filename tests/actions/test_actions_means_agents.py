"""The agent of the violent event a passive names as its means is the actor: "Twelve civilians
were killed in an Israeli airstrike" is Israel's killing, "killed in an attack by gunmen" the
gunmen's. A place or a thing in the same phrase names no one. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Twelve civilians were killed in an Israeli airstrike on Gaza.", "killed", ["Israeli"]),
    ("Five people were killed on Monday in an attack by gunmen on a village.", "killed",
     ["gunmen"]),
    ("Six people were killed in a Ukrainian drone attack on the Russian city of Belgorod.",
     "killed", ["Ukrainian"]),
])
def test_the_means_agent_of_an_agentless_passive_is_the_actor(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Three soldiers were killed in a Russian city.", "killed", [None]),
    ("Two men were arrested in a Kenyan town on Monday.", "arrested", [None]),
    ("Two journalists were wounded by Israeli fire in southern Lebanon.", "wounded",
     ["Israeli fire"]),
])
def test_a_place_or_an_agent_of_its_own_stays(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected

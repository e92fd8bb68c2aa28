"""An agentless passive to come, announced by the speaker who opens the sentence, is the
speaker's: "The ministry said the curfew will be lifted next week" (the agent is understood
to be the speaker's side). A witness only reports, an act reported as done names no doer, and
a clause with an agent keeps it. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("The ministry said the curfew will be lifted next week.", "lifted", ["ministry"]),
    ("Officials said the prisoners would be freed on Friday.", "freed", ["Officials"]),
])
def test_an_announced_agentless_passive_is_the_speakers(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Witnesses said the prisoners will be released.", "released", [None]),
    ("The ministry said the prisoners were freed on Friday.", "freed", [None]),
    ("The army said the town would be attacked by rebels.", "attacked", ["rebels"]),
])
def test_a_witness_a_done_act_or_an_agent_stays(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected

"""A participle conjoined to a passive verb shares its passive subject: "two journalists were
detained and BEATEN by soldiers" beats the journalists (CAMEO 182), and they are the target of
each verb. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


def coded(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(a["cameo"], a["target"]["text"] if a["target"] else None)
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Two journalists were detained and beaten by soldiers in the capital.", "beaten",
     [("182", "Two journalists")]),
    ("Two aid workers were abducted and killed by gunmen on Sunday.", "killed",
     [("190", "Two aid workers")]),
    ("Three opposition leaders were arrested and charged with treason.", "charged",
     [("173", "Three opposition leaders")]),
    ("The students were beaten and detained by police.", "detained",
     [("173", "students")]),
])
def test_a_conjoined_participle_shares_the_passive_subject(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str, str | None]]) -> None:
    assert coded(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The talks were postponed and rescheduled for March.", "rescheduled"),
    ("The minister was elected in 2019 and promised reforms.", "promised"),
])
def test_an_active_or_uncoded_conjunct_takes_nothing(annotate: Annotate, sentence: str,
                                                     trigger: str) -> None:
    assert coded(annotate, sentence, trigger) == []


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Two journalists were detained and beaten by soldiers in the capital.", "detained",
     "soldiers"),
    ("Three protesters were arrested and later released by police.", "arrested", "police"),
])
def test_an_arrest_shares_the_agent_of_the_next_participle(
        annotate: Annotate, sentence: str, trigger: str, actor: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == [actor]


@pytest.mark.parametrize(("sentence", "trigger"), [
    # only coercion shares the agent: the new envoy did not expel the ambassador, and the
    # gunmen who killed may not be the kidnappers
    ("The ambassador was expelled and replaced by a new envoy.", "expelled"),
    ("Two aid workers were abducted and killed by gunmen.", "abducted"),
])
def test_other_acts_keep_no_actor(annotate: Annotate, sentence: str, trigger: str) -> None:
    assert actor_texts(annotate, sentence, trigger) == [None]

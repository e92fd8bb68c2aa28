"""An act a party is about to do, is due, set or poised to do, or is on the verge of doing has
not happened: the prospective future is announced ahead, as "will" is (models/
prospective.tsv), so a conflictual act is a threat and a cooperative one an intent."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "plover"), [
    ("Ethiopia is poised to deport hundreds of Eritrean refugees.", "deport", "THREATEN"),
    ("The rebels are poised to launch an offensive on the capital.", "offensive", "THREATEN"),
    ("Kenya is about to expel two Ugandan diplomats.", "expel", "THREATEN"),
    ("Kenya is due to host the talks next week.", "host", "AGREE"),
    ("Kenya and Uganda are due to sign a trade agreement on Friday.", "sign", "AGREE"),
    ("Kenya is on the point of expelling two Ugandan diplomats.", "expelling", "THREATEN"),
    ("Kenya is on the verge of expelling two Ugandan diplomats.", "expelling", "THREATEN"),
])
def test_prospective_is_announced(annotate: Annotate, sentence: str, trigger: str,
                                  plover: str) -> None:
    actions = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert actions and all(a["modality"] == "future" and a["plover"] == plover
                           for a in actions)


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    # "due to" as a preposition of cause; "about" as a preposition; "set to" as before
    ("Kenya expelled two Ugandan diplomats due to security concerns.", "expelled", "161"),
    ("Kenya is set to expel two Ugandan diplomats.", "expel", "1313"),
    ("Kenya will expel two Ugandan diplomats.", "expel", "1313"),
])
def test_other_readings_stay(annotate: Annotate, sentence: str, trigger: str,
                             cameo: str) -> None:
    actions = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert [a["cameo"] for a in actions] == [cameo]


def test_asserted_act_stays(annotate: Annotate) -> None:
    actions = annotate("Kenya expelled two Ugandan diplomats on Friday.")["actions"]
    assert [a["modality"] for a in actions] == ["asserted"]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Kenya is on the verge of expelling two Ugandan diplomats.", "expelling", "Kenya"),
    ("Kenya is on the point of expelling two Ugandan diplomats.", "expelling", "Kenya"),
    ("The rebels were on the brink of seizing the capital.", "seizing", "rebels"),
])
def test_subject_of_the_verge_is_the_actor(annotate: Annotate, sentence: str, trigger: str,
                                          actor: str) -> None:
    actions = [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert [a["actor"]["text"] if a["actor"] else None for a in actions] == [actor]


def test_other_of_phrases_keep_their_subject(annotate: Annotate) -> None:
    actions = annotate("Kenya expelled the diplomats on the grounds of spying.")["actions"]
    assert [(a["trigger"], a["actor"]["text"]) for a in actions] == [("expelled", "Kenya")]


@pytest.mark.parametrize(("sentence", "actor"), [
    # the parse reads "is poised", "is set" as passives: the prospective raises the subject
    ("Ethiopia is poised to deport hundreds of Eritrean refugees.", "Ethiopia"),
    ("Kenya is set to expel two Ugandan diplomats.", "Kenya"),
])
def test_the_prospective_subject_is_the_actor(annotate: Annotate, sentence: str,
                                              actor: str) -> None:
    assert [a["actor"] and a["actor"]["text"] for a in annotate(sentence)["actions"]] == [actor]


def test_a_set_date_is_no_act(annotate: Annotate) -> None:
    assert annotate("The summit is set for Monday.")["actions"] == []

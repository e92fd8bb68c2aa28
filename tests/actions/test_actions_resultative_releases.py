"""Release told by a verb of letting or setting and its result word ("let the hostages GO",
"set three aid workers FREE", "let FREE the activist"): a release of the people freed, by the
subject (annotate/actions/resultatives.py); letting workers go, a deadline go by or cattle loose
is no release."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("The rebels let the hostages go on Friday.", "rebels", "hostages"),
    ("Militants set free three aid workers on Sunday.", "Militants", "three aid workers"),
    ("The kidnappers set three aid workers free.", "kidnappers", "three aid workers"),
    ("The gunmen let the two journalists free after a week.", "gunmen", "two journalists"),
    ("The rebels set the prisoners loose.", "rebels", "prisoners"),
    ("The junta let go of the jailed dissidents.", "junta", "jailed dissidents"),
    ("Pirates let the crew of the tanker go after a ransom was paid.", "Pirates", "crew"),
])
def test_let_go_and_set_free_are_releases(annotate: Annotate, sentence: str, actor: str,
                                          target: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [("0841", "RETREAT")]
    assert actions[0]["actor"]["text"] == actor
    assert target in actions[0]["target"]["text"]


def test_let_free_stays_one_release(annotate: Annotate) -> None:
    """"free" is a lexicon verb of its own: with "let" it is one release, not two."""
    actions = annotate("Yemen let free the opposition activist.")["actions"]
    assert [(a["cameo"], a["actor"]["text"]) for a in actions] == [("0841", "Yemen")]


@pytest.mark.parametrize("sentence", [
    "The company let 200 workers go last month.",
    "The club let the striker go at the end of the season.",
    "The ministry let the deadline go by without comment.",
    "The board set free shipping as a goal.",
    "The junta set free elections for May.",
    "Farmers set the cattle loose in the field.",
])
def test_other_lettings_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "target"), [
    ("Militants set free three aid workers on Sunday.", "three aid workers"),
    ("The Taliban set free two American tourists.", "two American tourists"),
])
def test_the_result_word_is_no_part_of_the_people(annotate: Annotate, sentence: str,
                                                  target: str) -> None:
    """The parse makes "free" the modifier of the people set free: no word of their phrase."""
    assert [a["target"]["text"] for a in annotate(sentence)["actions"]] == [target]

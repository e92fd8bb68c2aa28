"""Events a sentence only mentions: one told or shown by a verb of representing or recording
("The film DEPICTS the siege"), and one in a phrase of time of a state verb, whose subject
was not in it ("Ten years AFTER the invasion, the city remains divided"). A state one is in
("went ON strike") keeps its subject. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The book recounts the 1994 genocide in Rwanda.",
    "The film depicts the siege of Sarajevo.",
    "Survivors commemorated the bombing of the embassy.",
])
def test_an_event_represented_or_remembered_is_none(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_a_state_verbs_time_phrase_gives_its_event_no_actor(annotate: Annotate) -> None:
    actions = annotate("Ten years after the invasion, the city remains divided.")["actions"]
    assert all(a["actor"] is None or a["actor"]["text"] != "city" for a in actions)


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Dockworkers went on strike on Monday.", "Dockworkers"),
    ("Serb forces laid siege to Sarajevo.", "Serb forces"),
])
def test_a_state_and_an_act_keep_their_subject(annotate: Annotate, sentence: str,
                                               actor: str) -> None:
    assert [a["actor"]["text"] for a in annotate(sentence)["actions"]] == [actor]

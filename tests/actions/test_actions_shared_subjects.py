"""Whose subject a clause without one takes (:mod:`annotate.actions.shared_subjects`): a
supplementive participle ("The rebels, DEMANDING ..., attacked"), a main verb after a relative clause the parse hung on its
subject, and no doer for a past participle complement ("two people reported KILLED")."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def actors(annotate: Annotate, sentence: str, plover: str) -> list[str | None]:
    return [a["actor"] and a["actor"]["text"] for a in annotate(sentence)["actions"]
            if a["plover"] == plover]


@pytest.mark.parametrize(("sentence", "plover", "actor"), [
    ("The rebels, demanding the release of their leader, attacked an army post near the "
     "border.", "REQUEST", "rebels"),
    ("Kenya's foreign minister, accusing Uganda of backing the rebels, recalled the "
     "ambassador.", "ACCUSE", "Kenya's foreign minister"),
])
def test_supplementive_participle_is_the_subjects(annotate: Annotate, sentence: str,
                                                  plover: str, actor: str) -> None:
    assert actors(annotate, sentence, plover) == [actor]


def test_main_verb_after_a_relative_clause_keeps_its_subject(annotate: Annotate) -> None:
    sentence = ("The UN envoy, who visited Kabul last week, called on the Taliban to reopen "
                "girls' schools.")
    assert actors(annotate, sentence, "REQUEST") == ["UN envoy"]


def test_reported_casualties_are_no_killers(annotate: Annotate) -> None:
    sentence = "Gunmen attacked a village on Sunday, with at least two people reported killed."
    assert all(a["actor"] is None or "people" not in a["actor"]["text"]
               for a in annotate(sentence)["actions"])


@pytest.mark.parametrize(("sentence", "plover", "actor"), [
    # guards: a passive infinitive, a document's participle, a plain subject
    ("The statement, urging both sides to show restraint, was issued by the ministry.",
     "REQUEST", "ministry"),
    ("Turkey is likely to impose sanctions on Syria.", "COERCE", "Turkey"),
    ("Kenya wants to expel the Ugandan diplomats.", "THREATEN", "Kenya"),
])
def test_subjects_that_were_already_read(annotate: Annotate, sentence: str, plover: str,
                                         actor: str) -> None:
    assert actors(annotate, sentence, plover) == [actor]


def test_passive_infinitive_has_no_doer(annotate: Annotate) -> None:
    assert all(a["actor"] is None or a["actor"]["text"] != "ceasefire" for a in annotate(
        "The ceasefire is expected to be signed on Friday.")["actions"])


def test_subject_of_a_passive_infinitive_is_no_doer(annotate: Annotate) -> None:
    assert all(a["actor"] is None or "diplomats" not in a["actor"]["text"] for a in annotate(
        "The Ugandan diplomats are to be expelled, Kenya said.")["actions"])

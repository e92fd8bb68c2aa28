"""Administrative sanctions named by verbs the lexicon lacked: a constitution or parliament
SUSPENDED (172), an opposition party DISSOLVED (1722: ban parties), the internet SHUT OFF or CUT
OFF (172); and responsibility TAKEN for an attack, a claim (015, PLOVER the act claimed, as
"acknowledged responsibility") (models/actions_phrasal.tsv)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("The junta suspended the constitution.", "COERCE", "172"),
    ("Authorities dissolved the opposition party.", "COERCE", "1722"),
    ("The government shut off the internet in the region.", "COERCE", "172"),
    ("Authorities cut off the internet in Tigray.", "COERCE", "172"),
    ("The Islamic State group took responsibility for the bombing.", "ASSAULT", "015"),
])
def test_acts_code_their_type(annotate: Annotate, sentence: str, plover: str,
                              cameo: str) -> None:
    assert [(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]] == [
        (plover, cameo)]


def test_aid_cut_off_keeps_its_row(annotate: Annotate) -> None:
    assert [a["cameo"] for a in annotate("The US cut off aid to Niger.")["actions"]] == ["162"]


@pytest.mark.parametrize("sentence", [
    "The chemist dissolved the salt in water.",
    "The league suspended the striker for three games.",
])
def test_other_uses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_responsibility_for_no_act_has_no_plover_type(annotate: Annotate) -> None:
    actions = annotate("The minister took responsibility for the delays.")["actions"]
    assert [(a["cameo"], a["plover"]) for a in actions] == [("015", None)]

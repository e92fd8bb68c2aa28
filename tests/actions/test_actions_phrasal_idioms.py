"""Phrasal verbs whose WordNet sense is no event of their verb's row: "shelled out" money is no
shelling, a rocket that "blasted off" criticised nobody, leaders who "struck up" a friendship
or a council that "struck off" a doctor attacked nobody."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "The army shelled out millions for new uniforms.",
    "The Indian rocket blasted off from Sriharikota on Monday.",
    "The two leaders struck up a friendship at the summit.",
    "The medical council struck off the surgeon last year.",
    "The committee struck out the clause on Tuesday.",
])
def test_phrasal_idioms_give_no_event(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Rebels shelled the town on Monday.", "194"),
    ("The senator blasted the plan on Friday.", "111"),
    ("The army struck rebel positions near Goma.", "190"),
    ("Israel struck back at Hezbollah on Sunday.", "190"),
])
def test_the_verbs_alone_keep_their_events(annotate: Annotate, sentence: str,
                                           cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]

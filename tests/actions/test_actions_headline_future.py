"""A headline's to-infinitive after its subject is its future ("Iran to free aid worker" is
"Iran will free ..."): cooperation announced is an intent (03x, AGREE), conflict a threat (13x,
THREATEN); a headline in the present tense reports the act."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo", "plover"), [
    ("Iran to free British aid worker.", "0353", "AGREE"),
    ("Kenya to expel Ugandan diplomats.", "1313", "THREATEN"),
    ("EXCLUSIVE: Iran to free British-Iranian aid worker.", "0353", "AGREE"),
])
def test_headline_infinitive_is_future(annotate: Annotate, sentence: str, cameo: str,
                                       plover: str) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["cameo"], a["plover"], a["modality"]) for a in actions] == [
        (cameo, plover, "future")]


def test_present_tense_headline_reports_the_act(annotate: Annotate) -> None:
    actions = annotate("Kenya expels Ugandan envoy.")["actions"]
    assert [(a["cameo"], a["modality"]) for a in actions] == [("161", "asserted")]


@pytest.mark.parametrize(("sentence", "actor"), [
    # the parse hangs the infinitive on the name and makes the name the root
    ("Lula to visit Beijing next week", ("Lula", None)),
    ("Brazil's Lula to visit Beijing next week as trade talks resume", ("Brazil's Lula", "BRA")),
])
def test_a_name_the_parse_made_the_root_is_the_headline_subject(
        annotate: Annotate, sentence: str, actor: tuple[str, str | None]) -> None:
    actions = annotate(sentence)["actions"]
    assert [(a["trigger"], a["modality"], a["actor"] and (a["actor"]["text"], a["actor"]["country"]))
            for a in actions] == [("visit", "future", actor)]


def test_a_plan_to_visit_names_no_subject(annotate: Annotate) -> None:
    assert annotate("A plan to visit Beijing")["actions"] == []

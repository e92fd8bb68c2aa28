"""Calls and what is done in them, on short original sentences: a call to an office-holder is
a phone call, and an act done in a call, visit or meeting is aimed at whom it reached."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(trigger, PLOVER type, CAMEO code, target text) per action."""
    return [(a["trigger"], a["plover"], a["cameo"], a["target"] and a["target"]["text"])
            for a in record["actions"]]


@pytest.mark.parametrize(("sentence", "target"), [
    # the people layer gives the object an office of state: a head of state, a minister
    ("President Ana Ruiz called Saudi Arabia's King Salman on Saturday.",
     "Saudi Arabia's King Salman"),
    ("Prime Minister Tomas Berg called Foreign Minister Lena Holm on Tuesday.",
     "Foreign Minister Lena Holm"),
])
def test_calling_an_office_holder_is_a_phone_call(annotate: Annotate, sentence: str,
                                                  target: str) -> None:
    assert coded(annotate(sentence)) == [("called", "CONSULT", "041", target)]


@pytest.mark.parametrize("sentence", [
    "The coach called midfielder Ana Ruiz into the squad on Monday.",  # a sport position
    "The committee called three witnesses on Monday.",  # no office
])
def test_calling_someone_without_an_office_is_no_phone_call(annotate: Annotate,
                                                            sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["cameo"] == "041"] == []


@pytest.mark.parametrize(("sentence", "trigger"), [
    # a purpose infinitive and a participle of the call: aimed at whom it reached
    ("President Ana Ruiz called King Salman on Saturday, discussing oil supplies.",
     "discussing"),
    ("Prime Minister Tomas Berg called the Danish premier on Tuesday to congratulate her.",
     "congratulate"),
])
def test_an_act_done_in_a_call_is_aimed_at_whom_it_reached(annotate: Annotate, sentence: str,
                                                           trigger: str) -> None:
    call, act = [a for a in annotate(sentence)["actions"] if a["trigger"] in ("called", trigger)]
    assert act["target"] is not None and act["target"]["start"] == call["target"]["start"]


def test_a_purpose_clause_of_another_verb_keeps_its_own_target(annotate: Annotate) -> None:
    # "welcomed" is no call: its purpose clause is not aimed at what was welcomed
    actions = annotate("Germany welcomed the plan as a way for a settlement to be reached.")
    assert [a["target"] for a in actions["actions"] if a["trigger"] == "reached"] in ([], [None])


def test_the_subject_after_a_fronted_visit_is_the_visitor(annotate: Annotate) -> None:
    # the small model joins the subject to the fronted phrase ("Zimbabwe and Ruiz"): the name
    # before the verb is its subject, and the one on the visit
    record = annotate("On a visit to Zimbabwe, Chilean President Ana Ruiz voiced her support "
                      "for the government.")
    parties = {a["trigger"]: (a["actor"] and a["actor"]["text"], a["target"] and
                              a["target"]["text"]) for a in record["actions"]}
    assert parties["visit"] == ("Chilean President Ana Ruiz", "Zimbabwe")
    assert parties["voiced"][0] == "Chilean President Ana Ruiz"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a call paid on someone, with nothing asked of them, is a visit (042); the model often
    # hangs "called" on the noun before it, which is still its subject
    ("The Chinese ambassador called on the Pakistani president in Islamabad on Monday.",
     ("called", "042", "CONSULT", "CHN", "PAK")),
    # asked to do something, it is an appeal
    ("The Chinese ambassador called on the Pakistani president to release the detainees.",
     ("called", "0253", "REQUEST", "CHN", "PAK")),
])
def test_a_call_paid_on_someone(annotate: Annotate, sentence: str,
                                expected: tuple[Any, ...]) -> None:
    assert expected in [(a["trigger"], a["cameo"], a["plover"],
                         a["actor"] and a["actor"]["country"],
                         a["target"] and a["target"]["country"])
                        for a in annotate(sentence)["actions"]]

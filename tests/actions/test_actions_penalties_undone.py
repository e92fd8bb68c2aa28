"""A penalty of justice or a ban undone ("overturned his conviction", "quashed the charges",
"commuted the death sentences") eases administrative sanctions, CAMEO 081 (PLOVER CONCEDE), as
dropped charges and an acquittal already were; a party revoking or reversing its own decision
backs down (080), and refusing to reverse it is a rejection. Short original sentences in AP
style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    ("The appeals court overturned the journalist's conviction.", "overturned",
     "appeals court", "journalist"),
    ("A Kenyan court quashed the sentence against the two activists.", "quashed",
     "Kenyan court", "two activists"),
    ("The president commuted the death sentences of 20 prisoners.", "commuted", "president",
     "20 prisoners"),
    ("The judge revoked the detention order against the former minister.", "revoked", "judge",
     "former minister"),
    ("Prosecutors withdrew the charges against the two students.", "withdrew", "Prosecutors",
     "two students"),
    ("The High Court suspended the ban on the opposition newspaper.", "suspended",
     "High Court", "opposition newspaper"),
    # a ban struck down is undone, not imposed by the court ("struck down" is WordNet's
    # "declare null and void")
    ("The Constitutional Court struck down the ban on student protests.", "struck",
     "Constitutional Court", "student protests"),
    # a deportation or an execution halted or blocked did not happen: no 174 or 18x of its own
    ("A Nairobi judge blocked the deportation of the British reporter.", "blocked",
     "Nairobi judge", "British reporter"),
    ("The Supreme Court halted the execution of the two prisoners.", "halted", "Supreme Court",
     "two prisoners"),
])
def test_a_penalty_undone_eases_sanctions(annotate: Annotate, sentence: str, trigger: str,
                                          actor: str, target: str) -> None:
    assert party_texts(annotate(sentence)) == [(trigger, "081", "CONCEDE", actor, target)]


def test_a_decision_reversed_is_backing_down(annotate: Annotate) -> None:
    acts = party_texts(annotate("The ministry reversed its decision on Tuesday."))
    assert acts == [("reversed", "080", "CONCEDE", "ministry", None)]


def test_refusing_to_reverse_a_decision_is_a_rejection(annotate: Annotate) -> None:
    record = annotate("The government will not reverse its decision.")
    assert [(a["trigger"], a["plover"], a["negated"]) for a in record["actions"]] == [
        ("reverse", "REJECT", False)]


@pytest.mark.parametrize("sentence", [
    # guards: a penalty upheld or imposed, a court striking down a law, a verdict reached
    "The appeals court upheld the journalist's conviction.",
    "The court struck down the law on Monday.",
    "The jury reached a verdict on Friday.",
    "The ministry reversed the car into the garage.",
    "The army stopped the attack on the town.",
    "Police blocked the road to the airport.",
])
def test_no_penalty_undone(annotate: Annotate, sentence: str) -> None:
    assert [a for a in annotate(sentence)["actions"] if a["plover"] == "CONCEDE"] == []


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    # every verb that undoes a restriction takes each family of restriction: before, the
    # restriction noun took the verb's subject as the one who imposed it
    ("The government suspended the curfew in the capital.", "suspended", "0813"),
    ("The navy suspended the blockade of the port.", "suspended", "0872"),
    ("The ministry scrapped the ban on public gatherings.", "scrapped", "081"),
    ("The United States cancelled sanctions on the bank.", "cancelled", "085"),
])
def test_a_restriction_undone_by_any_easing_verb(annotate: Annotate, sentence: str,
                                                 trigger: str, cameo: str) -> None:
    assert [(a[0], a[1]) for a in party_texts(annotate(sentence))] == [(trigger, cameo)]


def test_a_law_repealed_is_no_emergency_lifted(annotate: Annotate) -> None:
    # guard: "law" stands for martial law in the emergency rows, which repeal does not take
    assert [a for a in party_texts(annotate("Parliament repealed the law on Monday."))
            if a[1].startswith("081")] == []

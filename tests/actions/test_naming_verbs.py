"""Issue 12, precision: a verb that names or judges its object (Levin's "dub" and
"characterize" verbs: call, term, brand, describe ... as) with a predicate of that object
does not make its subject the doer of the event the object names. "The minister called the
attack an act of terrorism" reports no attack by the minister. A light verb without such a
predicate still gives its subject the event ("Rebels staged an attack", "The union called a
strike"). Short original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(a["trigger"]["text"] if isinstance(a["trigger"], dict) else a["trigger"],
             a["cameo"], a["actor"] and a["actor"]["text"]) for a in record["actions"]]


@pytest.mark.parametrize(("sentence", "judge"), [
    ("The minister called the attack an act of terrorism.", "minister"),
    ("Officials branded the raid a provocation.", "Officials"),
    ("The president termed the talks a waste of time.", "president"),
    ("Kenya called the expulsion unjustified.", "Kenya"),
])
def test_a_judged_event_is_not_the_judges(annotate: Annotate, sentence: str, judge: str) -> None:
    events = coded(annotate(sentence))
    assert not [e for e in events if e[2] == judge and e[1] and e[1][:2] in
                ("04", "17", "19")], events


def test_a_light_verb_without_a_predicate_still_gives_the_event(annotate: Annotate) -> None:
    assert ("attack", "190", "Rebels") in coded(annotate("Rebels staged an attack on the base."))
    assert ("called", "143", "union") in coded(annotate("The union called a strike for Monday."))


@pytest.mark.parametrize("sentence", [
    'Labor Minister Jorge Salas called the blockades "unacceptable" and said talks would '
    'resume.',
    'The governor branded the walkouts "illegal and reckless".',
])
def test_a_quoted_adjective_after_the_object_is_its_predicate(annotate: Annotate,
                                                               sentence: str) -> None:
    # the parser hangs the quoted adjective on the object as a modifier; it is still what the
    # naming verb calls the object, and the blockade is not the minister's
    events = coded(annotate(sentence))
    assert not [e for e in events if e[1] and e[1][:2] in ("14", "17", "19")], events


def test_a_quoted_adjective_before_the_noun_is_a_kind(annotate: Annotate) -> None:
    assert ("called", "143", "union") in coded(annotate('The union called a "general" strike.'))

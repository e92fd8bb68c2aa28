"""An event named as a subject does what its verb says through its agent: "an attack BY THE
REBELS killed five officers" is the rebels' killing. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("An attack by the rebels on a police post killed five officers.", "killed", "rebels"),
    ("A suicide bombing by the militants killed 20 people.", "killed", "militants"),
    ("An ambush by Islamist fighters killed seven soldiers.", "killed", "Islamist fighters"),
])
def test_the_events_agent_is_the_actor(annotate: Annotate, sentence: str, trigger: str,
                                       actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [actor]


def test_the_agent_brings_its_country(annotate: Annotate) -> None:
    record = annotate("An airstrike by Israel on the camp killed 12 people.")
    assert [a[3] for a in coded(record)] == ["ISR"]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # guards: a subject that names a party keeps it; an event without a by-phrase stays
    ("Troops led by Col. Ali Musa attacked the village.", "attacked", "Troops"),
    ("A Russian missile strike killed 12 civilians.", "killed", "Russian missile strike"),
    ("The rebels' attack on the base killed four soldiers.", "killed", "rebels' attack"),
])
def test_other_subjects_stay(annotate: Annotate, sentence: str, trigger: str,
                             actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [actor]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # a weapon or means is used by the agent of its participle
    ("The journalist was killed by a roadside bomb planted by the Taliban.", "killed",
     "Taliban"),
    ("A drone launched by the Houthis struck a tanker.", "struck", "Houthis"),
])
def test_a_weapon_stands_for_who_used_it(annotate: Annotate, sentence: str, trigger: str,
                                         actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [actor]


def test_a_passive_agent_that_is_a_party_stays(annotate: Annotate) -> None:
    record = annotate("The convoy was attacked by gunmen.")
    assert [a[3] for a in party_texts(record)] == ["gunmen"]


@pytest.mark.parametrize("sentence", [
    "The truce, brokered by Qatar, allows aid convoys to reach the city.",
    "The deal, mediated by Egypt and Qatar, allows aid convoys into the city.",
])
def test_a_go_between_does_not_act_through_what_it_brokered(annotate: Annotate,
                                                            sentence: str) -> None:
    actors = [a[3] for a in party_texts(annotate(sentence)) if a[0] == "allows"]
    assert actors and not {"Qatar", "Egypt"} & set(actors)


def test_a_go_between_did_not_do_what_was_done_to_the_deal_after(annotate: Annotate) -> None:
    record = annotate("The deal was brokered by Qatar and signed in Doha.")
    assert "Qatar" not in [a[3] for a in party_texts(record) if a[0] == "signed"]

"""The of-phrase of a noun of coming, going or leaving office is who does it: "the visit OF
THE CHINESE PRESIDENT to Moscow", "the withdrawal OF U.S. TROOPS". Short original sentences
in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    ("The visit of the Chinese president to Moscow ended on Friday.", "Chinese president",
     "Moscow"),
    ("The withdrawal of U.S. troops from Syria began on Monday.", "U.S. troops", "Syria"),
    ("The resignation of the prime minister ended the crisis.", "prime minister", None),
])
def test_the_of_phrase_is_the_doer(annotate: Annotate, sentence: str, actor: str,
                                   target: str | None) -> None:
    assert [(a[3], a[4]) for a in party_texts(annotate(sentence))] == [(actor, target)]


def test_a_force_deployed_stands_for_its_sender(annotate: Annotate) -> None:
    record = annotate("The deployment of French troops to Mali angered Russia.")
    assert [(a[3], a[4]) for a in coded(record)] == [("FRA", "MLI")]


@pytest.mark.parametrize(("sentence", "actor"), [
    # guards: a possessor, a by-phrase or a subject keeps the act
    ("Kenya welcomed the withdrawal of Ugandan troops from the island.", "Kenya"),
    ("Moscow ordered the withdrawal of its troops from the border.", "Moscow"),
    ("Russia's withdrawal of its troops from the border began on Monday.", "Russia"),
    ("The withdrawal of support by the United States angered Kyiv.", "United States"),
])
def test_an_actor_of_its_own_stays(annotate: Annotate, sentence: str, actor: str) -> None:
    assert party_texts(annotate(sentence))[0][3] == actor

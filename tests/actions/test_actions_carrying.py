"""Who applies a measure another decided: the subject of "enforce", "implement", "comply with"
is the actor of the sanctions or ban its object names. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded, party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor", "countries"), [
    ("China insists it is enforcing United Nations sanctions on North Korea.", "China",
     ("CHN", "PRK")),
    ("Turkey implemented the EU visa ban on Syrian officials.", "Turkey", ("TUR", "SYR")),
    ("Japan is applying U.S. sanctions on Iranian banks.", "Japan", ("JPN", "IRN")),
])
def test_who_applies_the_measure_is_its_actor(annotate: Annotate, sentence: str, actor: str,
                                              countries: tuple[str, str]) -> None:
    record = annotate(sentence)
    assert [a[3] for a in party_texts(record)] == [actor]
    assert [(a[3], a[4]) for a in coded(record)] == [countries]


@pytest.mark.parametrize(("sentence", "actor"), [
    # guards: other verbs leave the measure to whom it is named after or to their own subject
    ("Iran condemned U.S. sanctions on its oil exports.", "Iran"),
    ("The European Union imposed new sanctions on Belarus.", "European Union"),
])
def test_other_verbs_stay(annotate: Annotate, sentence: str, actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))] == [actor]

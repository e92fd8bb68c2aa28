"""People a possessive pronoun owns act for whom it stands for: in "Hamas said ITS FIGHTERS
fired rockets" the fighters are Hamas's, and take its country, as "its troops" and "his
country" already did. A subject the pronoun does not own keeps no country of the speaker.
Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_parties


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Hamas said its fighters fired rockets at Tel Aviv.", "fired", [("its fighters", "PSE")]),
    ("The Kenyan government said its police officers arrested 12 smugglers.", "arrested",
     [("its police officers", "KEN")]),
])
def test_people_a_pronoun_owns_take_its_antecedents_country(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str, str | None]]) -> None:
    assert actor_parties(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Hamas said the fighters fired rockets at Tel Aviv.", "fired", [("fighters", None)]),
])
def test_people_no_pronoun_owns_stay(annotate: Annotate, sentence: str, trigger: str,
                                     expected: list[tuple[str, str | None]]) -> None:
    assert actor_parties(annotate, sentence, trigger) == expected

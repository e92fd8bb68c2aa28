"""A participle clause after an interposed or closing attribution belongs to the reported
clause: in "Gunmen stormed a village, police said, killing 12 people" the gunmen killed, not
the police, though the parse hangs "killing" on "said". An attribution that opens the sentence
keeps its participle: there the speaker goes on speaking. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Gunmen stormed a village in Zamfara state, police said, killing 12 people.", "killing",
     ["Gunmen"]),
    ("The rebels attacked a convoy near Goma, the army said, wounding three soldiers.",
     "wounding", ["rebels"]),
    ("Israeli warplanes struck a house in Gaza, Palestinian officials said, killing a family "
     "of five.", "killing", ["Israeli warplanes"]),
])
def test_a_participle_after_an_attribution_is_the_reported_clauses(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # the speaker opens the sentence and goes on speaking
    ("The army said it killed 20 militants, accusing them of planning attacks.", "accusing",
     ["army"]),
    # the reported clause's own verb keeps its subject
    ("Gunmen stormed a village in Zamfara state, police said, killing 12 people.", "stormed",
     ["Gunmen"]),
])
def test_an_opening_speaker_or_the_reported_verb_stays(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected

"""The verb lemmas the rule lemmatizer gives to the wrong verb, and the component that puts
them right."""

from __future__ import annotations

import pytest

from annotate.pipeline.lemmas import verb_exceptions


def test_forms_of_a_verb_ending_in_e_beside_a_shorter_verb_are_its_own() -> None:
    found = verb_exceptions({"hope", "hop", "wage", "wag", "rout", "route", "sing", "singe"})
    # a one-syllable stem doubles its consonant ("hopped"), so "hoped" can only be hope's
    assert {found[f] for f in ("hopes", "hoped", "hoping")} == {"hope"}
    assert {found[f] for f in ("wages", "waged", "waging")} == {"wage"}
    # "routed" and "singing" could be either verb's: the model's choice stands
    assert "routed" not in found and "singing" not in found and "singed" not in found
    assert found["routes"] == "route" and found["singes"] == "singe"


def test_a_stem_that_takes_es_keeps_that_form() -> None:
    # "fixes" is fix's third person, so it is no form of a verb "fixe"
    assert "fixes" not in verb_exceptions({"fix", "fixe"})


@pytest.mark.parametrize(("sentence", "word", "lemma"), [
    ("Rebels waged war on the capital.", "waged", "wage"),
    ("Workers staged a protest on Monday.", "staged", "stage"),
    ("Kenya hopes to host the talks.", "hopes", "hope"),
    ("The minister hoped for a deal.", "hoped", "hope"),
    ("The rabbit hopped over the fence.", "hopped", "hop"),
])
def test_the_pipeline_gives_the_right_verb(annotator, sentence: str, word: str,
                                           lemma: str) -> None:
    doc = annotator.nlp(sentence)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]

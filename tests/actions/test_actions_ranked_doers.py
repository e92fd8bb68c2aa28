"""An infinitive after "the first", "the only" or "the last" that is the complement of "be" or
"become" is the act of the copula's subject: "Kenya was the first to condemn the coup". A noun
no ordinal, superlative or "only" ranks is not the infinitive's doer. Short original
sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_texts


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Kenya was the first to condemn the coup.", "condemn", ["Kenya"]),
    ("Canada was the only G7 member to oppose the resolution.", "oppose", ["Canada"]),
    ("France was the last to sign the treaty.", "sign", ["France"]),
    ("Norway is the first country to condemn the decision.", "condemn", ["Norway"]),
])
def test_the_subject_of_a_ranked_complement_does_its_infinitive(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert actor_texts(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("The first country to condemn the coup was Kenya.", "condemn", []),
    ("The plan is a way to end the sanctions on Iran.", "end", []),
])
def test_an_unranked_or_subject_phrase_names_no_doer(
        annotate: Annotate, sentence: str, trigger: str, expected: list[str | None]) -> None:
    assert [a for a in actor_texts(annotate, sentence, trigger) if a is not None] == expected


def _moods(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str | None, str]]:
    return [(a["actor"] and a["actor"]["text"], a["modality"])
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Kenya was among the first to condemn the coup.", "condemn", [("Kenya", "asserted")]),
    ("Peru was one of the first countries to condemn the attack.", "condemn",
     [("Peru", "asserted")]),
])
def test_an_act_a_copula_ranks_its_subject_by_happened(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, str]]) -> None:
    assert _moods(annotate, sentence, trigger) == expected


def test_an_act_the_subject_is_to_do_stays_future(annotate: Annotate) -> None:
    assert _moods(annotate, "Kenya is to condemn the coup in a statement.", "condemn") == [
        ("Kenya", "future")]

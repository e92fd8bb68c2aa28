"""Characterisations: what "call", "describe", "brand" and "label" say their object is decides
whether they criticise, praise or report nothing, by the valence of the words
(models/valence.tsv); a call with a characterisation is never a phone call."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.actions.labels import label_key

Annotate = Callable[..., dict[str, Any]]


def called(annotate: Annotate, sentence: str, trigger: str) -> list[dict[str, Any]]:
    return [a for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("The president called the Italian ambassador a liar on Tuesday.", "called",
     "Italian ambassador"),
    ("The minister called the decision illegal.", "called", "decision"),
    # parsed as an apposition of the object
    ("The senator called the French envoy a very stupid man.", "called", "French envoy"),
    ("Beijing called the sanctions a violation of international law.", "called", "sanctions"),
    ("Moscow described the expulsions as a hostile act.", "described", "expulsions"),
    ("The opposition described the vote as illegal.", "described", "vote"),
])
def test_a_negative_name_is_criticism(annotate: Annotate, sentence: str, trigger: str,
                                      target: str) -> None:
    (action,) = called(annotate, sentence, trigger)
    assert (action["plover"], action["cameo"]) == ("ACCUSE", "111")
    assert action["target"]["text"] == target


def test_the_name_is_not_an_event_of_its_own(annotate: Annotate) -> None:
    record = annotate("Beijing called the sanctions a violation of international law.")
    assert [a["trigger"] for a in record["actions"]] == ["called"]


def test_a_positive_name_is_praise(annotate: Annotate) -> None:
    (action,) = called(annotate, "The envoy called the talks a great success.", "called")
    assert (action["plover"], action["cameo"]) == ("SUPPORT", "051")


@pytest.mark.parametrize("sentence", [
    "The court called the ruling final.",
    "The mayor called the new bridge a landmark.",
])
def test_a_neutral_name_is_no_event_and_no_phone_call(annotate: Annotate, sentence: str) -> None:
    assert called(annotate, sentence, "called") == []


def test_a_call_without_a_name_is_still_a_phone_call(annotate: Annotate) -> None:
    (action,) = called(annotate, "The president called the Italian ambassador on Tuesday.",
                       "called")
    assert (action["plover"], action["cameo"]) == ("CONSULT", "041")


def test_label_key_reads_the_most_extreme_word(annotator: Any) -> None:
    def key(text: str) -> str | None:
        doc = annotator.nlp(text)
        return label_key(next(t for t in doc if t.lemma_ == "call"))

    assert key("They called the plan a truly terrible idea.") == "label:negative"
    assert key("They called the plan on Monday.") is None

"""An agency's slug before a headline ("UPDATE 2-", "REFILE-", models/wire_slugs.tsv) is no
part of the headline's sentence: the headline after it is one sentence of its own, and the
slug's characters stay in the text, so every offset still indexes it."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.pipeline.annotator import Annotator


@pytest.mark.parametrize(("text", "headline"), [
    ("UPDATE 2-Kenya expels Ugandan envoy", "Kenya expels Ugandan envoy"),
    ("WRAPUP 1-Kenya expels Ugandan envoy over border row",
     "Kenya expels Ugandan envoy over border row"),
    ("RPT-UPDATE 1-Kenya expels Ugandan envoy\n\nNAIROBI (Reuters) - Kenya expelled "
     "Uganda's envoy on Tuesday.", "Kenya expels Ugandan envoy"),
])
def test_the_headline_after_a_slug_is_one_sentence(annotator: Annotator, text: str,
                                                   headline: str) -> None:
    doc = annotator.nlp(text)
    assert headline in [s.text.strip() for s in doc.sents]
    assert doc.text == text


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("UPDATE 2-Kenya expels Ugandan envoy", "expels", "Kenya"),
    ("WRAPUP 1-Kenya expels Ugandan envoy over border row", "expels", "Kenya"),
    ("REFILE-Kenya expels Ugandan envoy", "expels", "Kenya"),
])
def test_the_headline_after_a_slug_has_its_actor(annotate: Callable[..., dict[str, Any]],
                                                 text: str, trigger: str, actor: str) -> None:
    record = annotate(text)
    found = [a for a in record["actions"] if a["trigger"] == trigger]
    assert [a["actor"]["text"] for a in found] == [actor]
    assert all(text[a["actor"]["start"]:a["actor"]["end"]] == actor for a in found)


@pytest.mark.parametrize("text", [
    "Update on the talks: Kenya expels Ugandan envoy",
    "The UPDATE 2-Kenya story ran on Tuesday.",
])
def test_other_capitals_are_no_slug(annotator: Annotator, text: str) -> None:
    doc = annotator.nlp(text)
    assert len(list(doc.sents)) == 1


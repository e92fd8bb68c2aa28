"""Loading the model with an empty first tokenizer, and without the pipes its config disables,
gives spaCy's own pipeline.

:func:`load_model` has ``spacy.load`` build the tokenizer empty where the saved config asks for
spaCy's standard one, since the saved tokenizer replaces it as the pipeline loads. The
tokenizer, the vocabulary and the config must come out as ``spacy.load`` gives them (with
those pipes excluded).
"""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from annotate.pipeline import model

# Original sentences in AP style: contractions, abbreviations, times, possessives, a web
# address, an emoticon, quotes and dashes (the tokenizer's special cases and affix rules).
SENTENCES = [
    "Officials said they don't expect the U.S. envoy before 3:30 p.m. on Tuesday.",
    "The minister's aides can't confirm O'Neill's visit, e.g. to Kyiv or St. Louis.",
    "\"We'll see,\" she said -- and posted https://example.org/talks?id=4 :-) at 9am.",
    "Gov. Ana Ruiz (D-N.M.) won't attend; Mr. Li's and Dr. Hale's talks end Jan. 5th.",
]


def _overrides(name: str) -> dict[str, Any]:
    return model._tokenizer_overrides(model._saved_config(name))


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    """The default model as spaCy loads it without the pipes it disables, and as
    :func:`model.load_model` does."""
    name = model.resolve_model_name()
    return spacy.load(name, exclude=["senter"]), model.load_model(name)


def test_the_pipes_the_config_disables_are_not_loaded() -> None:
    name = model.resolve_model_name()
    stock, ours = spacy.load(name), model.load_model(name)
    assert stock.disabled == ["senter"] and "senter" not in ours.component_names
    assert ours.pipe_names == stock.pipe_names  # the pipes that run are the same
    assert model._disabled_pipes(model._saved_config(name)) == ["senter"]
    assert model._disabled_pipes(None) == []


def test_the_default_model_is_loaded_with_an_empty_first_tokenizer() -> None:
    overrides = _overrides(model.resolve_model_name())
    assert overrides == {"nlp": {"tokenizer": {"@tokenizers": model.EMPTY_TOKENIZER}}}
    assert not model._empty_tokenizer()(spacy.blank("en")).rules  # no special case at all


def test_the_tokenizer_vocabulary_and_config_are_spacys(pair: tuple[Language, Language]) -> None:
    stock, ours = pair
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(
        exclude=["vocab"])
    assert ours.config.to_str() == stock.config.to_str()
    assert ours.config["nlp"]["tokenizer"] == model.STANDARD_TOKENIZER
    assert ours.pipe_names == stock.pipe_names
    assert sorted(ours.vocab.strings) == sorted(stock.vocab.strings)
    assert {lexeme.orth_ for lexeme in ours.vocab} == {lexeme.orth_ for lexeme in stock.vocab}


def test_the_same_tokens_on_news_sentences(pair: tuple[Language, Language]) -> None:
    stock, ours = pair
    for text in SENTENCES:
        assert [t.text for t in ours.make_doc(text)] == [t.text for t in stock.make_doc(text)]
    assert [t.text for t in ours.make_doc(SENTENCES[0])][3:5] == ["do", "n't"]


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("abcDEF.'’-:/()$%@#?!,;\" \n\t0123456789")),
               max_size=80) | st.text(max_size=60))
def test_the_same_tokens_on_arbitrary_text(pair: tuple[Language, Language], text: str) -> None:
    stock, ours = pair
    assert [(t.text, t.whitespace_) for t in ours.make_doc(text)] == \
        [(t.text, t.whitespace_) for t in stock.make_doc(text)]


def test_other_tokenizers_and_unreadable_configs_are_left_to_spacy(tmp_path: Path) -> None:
    package = Path(importlib.import_module(model.resolve_model_name()).__file__).parent
    source = next(path for path in package.iterdir() if (path / "config.cfg").is_file())
    folder = tmp_path / "pipeline"
    folder.mkdir()
    shutil.copy(source / "tokenizer", folder / "tokenizer")
    config = (source / "config.cfg").read_text(encoding="utf-8")
    (folder / "config.cfg").write_text(config, encoding="utf-8")
    assert _overrides(str(folder))  # a folder with the standard tokenizer
    (folder / "config.cfg").write_text(config.replace(
        '{"@tokenizers":"spacy.Tokenizer.v1"}', '{"@tokenizers":"spacy.ko.KoreanTokenizer"}'),
        encoding="utf-8")
    assert _overrides(str(folder)) == {}
    (folder / "config.cfg").write_text(config, encoding="utf-8")
    (folder / "tokenizer").unlink()
    assert _overrides(str(folder)) == {}
    assert _overrides(str(tmp_path / "missing")) == {}
    assert _overrides("blank:en") == {}

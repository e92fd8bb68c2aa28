"""The cached English lemmatizer gives exactly the lemmas of spaCy's own.

The model as spaCy loads it and a second copy with :func:`swap_lemmatizer` applied lemmatise
the same original sentences and arbitrary text; every token's lemma must agree, on a first pass
(each word worked out by spaCy's code) and a second (each word answered from the table).
"""

from __future__ import annotations

import warnings

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language

from annotate.pipeline import lemma_cache
from annotate.pipeline.annotator import Annotator
from annotate.pipeline.lemma_cache import CachedLemmatizer, swap_lemmatizer
from annotate.pipeline.model import load_model

# Original sentences in AP style: inflected nouns, verbs, adjectives and adverbs; base forms
# that is_base_form recognises from their features (singular nouns, infinitives, present
# tense, positive adjectives); proper nouns; contractions; words no table knows.
SENTENCES = [
    "The ministers were meeting in Vienna as talks stalled over sanctions relief.",
    "Negotiators said the ties between the two capitals had worsened sharply.",
    "She'll visit Ankara; they don't expect the Smiths' lawyers to attend.",
    "The happiest voters lined up early, and the busiest polling stations stayed open.",
    "Rebels blorfed the convoy, which troops had zanked before dawn, officials said.",
    "I run, you run, he runs: the runners ran faster than the best-known runner.",
    "Cease-fire monitors counted 17 violations in the 1990s, the mission's chief said.",
    "Geese, mice and oxen crossed the flooded fields, farmers told reporters.",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    """The model as spaCy loads it, and the same model with the cached lemmatizer."""
    stock, cached = load_model(), load_model()
    assert swap_lemmatizer(cached)
    assert not swap_lemmatizer(cached)  # already swapped: nothing more to do
    assert cached.pipe_names == stock.pipe_names
    return stock, cached


def lemmas(nlp: Language, texts: list[str]) -> list[list[str]]:
    return [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)]


def cold(nlp: Language) -> Language:
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.cache.clear()
    if isinstance(lemmatizer, CachedLemmatizer):
        lemmatizer.lemma_ids.clear()
    return nlp


def test_the_swap_keeps_the_tables_and_serialisation(pair: tuple[Language, Language]) -> None:
    stock, cached = pair
    lemmatizer = cached.get_pipe("lemmatizer")
    assert type(lemmatizer) is CachedLemmatizer and isinstance(lemmatizer, EnglishLemmatizer)
    assert lemmatizer.mode == "rule" and not lemmatizer.overwrite
    assert lemmatizer.to_bytes() == stock.get_pipe("lemmatizer").to_bytes()


def test_same_lemmas_on_sentences_cold_and_warm(pair: tuple[Language, Language]) -> None:
    stock, cached = pair
    texts = SENTENCES + ["\n\n".join(SENTENCES)]
    expected = lemmas(cold(stock), texts)
    assert lemmas(cold(cached), texts) == expected  # every word worked out by spaCy's code
    assert lemmas(cached, texts) == expected  # every word answered from the table
    assert any(lemma != token.lower_ for doc in stock.pipe(texts)
               for token, lemma in zip(doc, (t.lemma_ for t in doc)))


def test_a_seen_word_is_not_lemmatised_again(pair: tuple[Language, Language],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _stock, cached = pair
    lemmatizer = cached.get_pipe("lemmatizer")
    lemmas(cold(cached), SENTENCES)
    calls: list[str] = []
    spacy_lemmatize = lemmatizer.lemmatize
    monkeypatch.setattr(lemmatizer, "lemmatize",
                        lambda token: calls.append(token.text) or spacy_lemmatize(token))
    lemmas(cached, SENTENCES)
    assert calls == []
    lemmas(cached, ["Envoys zorbled quietly."])
    assert "zorbled" in calls


def test_same_lemmas_when_the_table_is_emptied_as_it_fills(
        pair: tuple[Language, Language], monkeypatch: pytest.MonkeyPatch) -> None:
    stock, cached = pair
    monkeypatch.setattr(lemma_cache, "CACHE_LIMIT", 3)
    assert lemmas(cold(cached), SENTENCES) == lemmas(cold(stock), SENTENCES)
    assert len(cached.get_pipe("lemmatizer").lemma_ids) <= 3


def test_same_lemmas_when_overwriting(pair: tuple[Language, Language]) -> None:
    """With ``overwrite`` the attribute ruler's lemmas are replaced, as spaCy's loop does."""
    stock, cached = pair
    try:
        for nlp in pair:
            nlp.get_pipe("lemmatizer").overwrite = True
        assert lemmas(cold(cached), SENTENCES) == lemmas(cold(stock), SENTENCES)
    finally:
        for nlp in pair:
            nlp.get_pipe("lemmatizer").overwrite = False


def test_words_without_a_part_of_speech(pair: tuple[Language, Language]) -> None:
    """Without the tagger spaCy warns and lowercases; so does the swap, and it keeps no entry."""
    stock, cached = pair
    text = "Officials in Lagos said the talks FAILED."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        expected = [t.lemma_ for t in stock.get_pipe("lemmatizer")(stock.make_doc(text))]
        spacy_warnings = len(caught)
        got = [t.lemma_ for t in cached.get_pipe("lemmatizer")(cached.make_doc(text))]
    assert got == expected == text.replace(".", " .").lower().split()
    assert spacy_warnings > 0 and len(caught) == 2 * spacy_warnings
    assert not any(key & (2 ** 64 - 1) == 0 for key in cached.get_pipe("lemmatizer").lemma_ids)


def test_a_lemma_made_in_a_memory_zone_outlives_it(pair: tuple[Language, Language]) -> None:
    stock, cached = pair
    cold(cached)
    text = "Rebels glimbed the hill."
    expected = [t.lemma_ for t in stock(text)]
    assert expected[1] not in cached.vocab.strings  # a new string, made in the zone
    with cached.memory_zone():
        assert [t.lemma_ for t in cached(text)] == expected
    assert [t.lemma_ for t in cached(text)] == expected  # answered from the table


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(
    ["ties", "buses", "running", "went", "happier", "quickly", "boxes", "was", "geese",
     "hoped", "taxed", "the", "leaders", "flew", "'s", "n't", "Officials", "1990s", "Paris",
     "re-elected", "crises", "data", ",", ".", "sanctions", "ran", "better", "\n\n", "I"]),
    min_size=1, max_size=25).map(" ".join) | st.text(max_size=200))
def test_same_lemmas_on_any_text(pair: tuple[Language, Language], text: str) -> None:
    stock, cached = pair
    expected = lemmas(cold(stock), [text])
    assert lemmas(cold(cached), [text]) == expected
    assert lemmas(cached, [text]) == expected


def test_a_model_without_an_english_rule_lemmatizer_is_left_alone() -> None:
    blank = spacy.blank("en")
    assert not swap_lemmatizer(blank)
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not swap_lemmatizer(blank)
    assert type(blank.get_pipe("lemmatizer")) is EnglishLemmatizer


def test_the_annotator_uses_it(annotator: Annotator) -> None:
    assert type(annotator.nlp.get_pipe("lemmatizer")) is CachedLemmatizer

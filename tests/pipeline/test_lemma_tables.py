"""The lemmatizer's hashed word lists give exactly the lemmas of spaCy's own lists.

The model as spaCy loads it and a second copy with :func:`index_lemma_tables` applied lemmatise
the same original sentences and arbitrary text; every token's lemma must agree, each copy
starting from an empty lemma cache so that the rules (and the word lists) are really consulted.
"""

from __future__ import annotations

import pickle

import pytest
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from annotate.pipeline.annotator import Annotator
from annotate.pipeline.lemma_tables import TABLE, WordIndex, index_lemma_tables
from annotate.pipeline.model import load_model

# Original sentences in AP style with inflected nouns, verbs, adjectives and adverbs, words
# the rules turn into forms that are not words ("ties" -> "ty"), and irregular forms.
SENTENCES = [
    "The ministers were meeting in Vienna as talks stalled over sanctions relief.",
    "Negotiators said the ties between the two capitals had worsened sharply.",
    "Envoys flew home after the countries' leaders traded sharper accusations.",
    "Protesters gathered outside, chanting louder as police officers watched quietly.",
    "The agencies' budgets were cut, and the analyses were delayed by the strikes.",
    "She bought the buses, fixed the watches and was taxed on the boxes.",
    "Voters went to the polls; the rebels' leaders fled, their hideouts raided.",
    "The happiest days came later, when the busiest ports reopened to ships.",
    "Cease-fire monitors counted 17 violations, the mission's deputy chief said.",
    "Geese, mice and oxen crossed the flooded fields, farmers told reporters.",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    """The model as spaCy loads it, and the same model with hashed word lists."""
    stock, indexed = load_model(), load_model()
    assert index_lemma_tables(indexed) == 4  # noun, verb, adjective, adverb
    assert index_lemma_tables(indexed) == 0  # applying it twice changes nothing more
    return stock, indexed


def lemmas(nlp: Language, texts: list[str]) -> list[list[str]]:
    nlp.get_pipe("lemmatizer").cache.clear()  # lemmatise from the rules, not a cache
    return [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)]


def test_the_lists_hold_the_same_words_in_the_same_order(pair: tuple[Language, Language]) -> None:
    stock, indexed = pair
    before = stock.get_pipe("lemmatizer").lookups.get_table(TABLE)
    after = indexed.get_pipe("lemmatizer").lookups.get_table(TABLE)
    assert list(before) == list(after)
    for key in before:
        assert isinstance(after[key], WordIndex)
        assert list(after[key]) == list(before[key])


def test_same_lemmas_on_sentences(pair: tuple[Language, Language]) -> None:
    stock, indexed = pair
    expected = lemmas(stock, SENTENCES + ["\n\n".join(SENTENCES)])
    assert lemmas(indexed, SENTENCES + ["\n\n".join(SENTENCES)]) == expected
    # the rules were used: some lemma differs from its word's lowercase form
    assert any(lemma != token.lower_ for doc in stock.pipe(SENTENCES)
               for token, lemma in zip(doc, (t.lemma_ for t in doc)))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(
    ["ties", "buses", "running", "went", "happier", "quickly", "boxes", "was", "geese",
     "analyses", "taxed", "the", "leaders", "flew", "'s", "n't", "Officials", "1990s",
     "re-elected", "crises", "data", ",", ".", "sanctions", "ran", "better"]), min_size=1,
    max_size=25).map(" ".join) | st.text(max_size=200))
def test_same_lemmas_on_any_text(pair: tuple[Language, Language], text: str) -> None:
    stock, indexed = pair
    assert lemmas(indexed, [text]) == lemmas(stock, [text])


def test_a_word_index_is_a_tuple_with_set_membership() -> None:
    index = WordIndex(["tie", "bus", "run"])
    assert "bus" in index and "buse" not in index and 3 not in index
    assert ["bus"] not in index  # unhashable: compared as a tuple compares, no error
    assert tuple(index) == ("tie", "bus", "run") and len(index) == 3 and index[1] == "bus"
    copy = pickle.loads(pickle.dumps(index))
    assert isinstance(copy, WordIndex) and "run" in copy and tuple(copy) == tuple(index)
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"noun": index})) == {
        "noun": ["tie", "bus", "run"]}


def test_the_lemmatizer_still_serialises(pair: tuple[Language, Language]) -> None:
    stock, indexed = pair
    assert indexed.get_pipe("lemmatizer").to_bytes() == stock.get_pipe("lemmatizer").to_bytes()


def test_a_model_without_a_rule_lemmatizer_is_left_alone(pair: tuple[Language, Language]) -> None:
    import spacy

    assert index_lemma_tables(spacy.blank("en")) == 0


def test_the_annotator_uses_hashed_lists(annotator: Annotator) -> None:
    table = annotator.nlp.get_pipe("lemmatizer").lookups.get_table(TABLE)
    assert all(isinstance(table[key], WordIndex) for key in table)

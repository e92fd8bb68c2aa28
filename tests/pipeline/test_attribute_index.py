"""The indexed attribute ruler sets exactly the token attributes spaCy's AttributeRuler sets.

Two kinds of evidence: the model's own ruler against its indexed copy, over original sentences
and arbitrary text, comparing every token after the whole model has run; and random rule sets
(single- and multi-token patterns, IN/NOT_IN/REGEX tests, an operator the index does not read)
applied by both rulers to the same hand-built documents.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from annotate.pipeline.annotator import Annotator
from annotate.pipeline.attribute_index import IndexedAttributeRuler, swap_attribute_ruler
from annotate.pipeline.model import load_model

# Original sentences in AP style, chosen to reach the ruler's patterns: punctuation and
# symbols, white-space tokens, contractions and colloquial forms it lemmatises, "there" with
# a form of "be", quotes, numbers, abbreviations and hyphenated words.
SENTENCES = [
    "The foreign minister said Tuesday that talks would resume in Geneva next month.",
    "There's no deal yet, and there are still two issues open, an aide said.",
    "\"We ain't leaving,\" a protester told reporters outside the embassy.",
    "Officials said they're gonna review the $4.5 million contract by Friday.",
    "Let's see what they offer, the senator said; we gotta be careful.",
    "C'mon, y'all know nothin' changed, the mayor joked at a news conference.",
    "The ministry expelled 12 diplomats -- half of the mission's staff.",
    "Sen. Ana Ruiz, D-Calif., voted against the bill at 10:30 p.m. EST.",
    "Prices rose 3.2% in March, the highest since 2019 (the bank said).",
    "WASHINGTON (AP) —  The U.S. and its allies won't lift the sanctions.\n\nMore talks follow.",
    "Isn't it odd? He'd said he'd never go; she'll decide, and you'd agree.",
    "The well-known, 45-year-old envoy arrived at 9 a.m. & left by noon…",
    "Who's responsible? Whose plan was it? Whom did they call, and why?",
    "Troops withdrew from the border region after a cease-fire took hold.",
    "There is little hope, there were few options, and there was no vote.",
    "The U.N. Security Council met at 3 p.m.; Russia's envoy didn't attend.",
    "He's been there since May 4, 2026, and he's staying through June.",
    "A spokesman, who asked not to be named, said: \"It's over.\"",
    "Each of the 193 members has one vote, e.g. at the General Assembly.",
    "They'd rather wait — or so they say — until the Feb. 12 summit.",
]
CONTRACTION_WORDS = ["ain't", "gonna", "gotta", "let's", "c'mon", "y'all", "nothin'", "there",
                     "is", "'s", "are", "'re", "was", "were", "n't", "do", "we", "the", "U.S.",
                     "said", "Monday", "$", "5", "%", ",", ".", "\"", "—", "\n", "  ", "-",
                     "gon", "na", "got", "ta", "let", "Y'", "all", "nuthin'", "ai", "nt"]
COMPARED = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    """The model as spaCy loads it, and the same model with its ruler swapped."""
    stock, indexed = load_model(), load_model()
    assert swap_attribute_ruler(indexed)
    assert type(indexed.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    return stock, indexed


def token_view(doc: Doc) -> list[tuple[Any, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def assert_same_tokens(stock: Language, indexed: Language, texts: list[str]) -> None:
    for expected, got in zip(stock.pipe(texts), indexed.pipe(texts)):
        assert token_view(got) == token_view(expected)
        assert (got.to_array(COMPARED) == expected.to_array(COMPARED)).all()


def test_the_annotator_runs_the_indexed_ruler(annotator: Annotator) -> None:
    assert type(annotator.nlp.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    assert "attribute_ruler" in annotator.nlp.pipe_names


def test_the_index_keeps_the_models_patterns(pair: tuple[Language, Language]) -> None:
    stock, indexed = pair
    ruler = indexed.get_pipe("attribute_ruler")
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns


def test_original_sentences_get_the_same_token_attributes(pair: tuple[Language, Language]
                                                          ) -> None:
    stock, indexed = pair
    assert_same_tokens(stock, indexed, SENTENCES + [" ".join(SENTENCES)])
    # the multi-token patterns were reached: "gonna" is lemmatised "go" + "to" by them
    doc = indexed(SENTENCES[3])
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=200),
                      st.lists(st.sampled_from(CONTRACTION_WORDS), max_size=30).map(" ".join),
                      st.lists(st.sampled_from(SENTENCES), max_size=3).map("\n".join)))
def test_any_text_gets_the_same_token_attributes(pair: tuple[Language, Language], text: str
                                                 ) -> None:
    stock, indexed = pair
    assert_same_tokens(stock, indexed, [text])


# -- random rule sets on hand-built documents ----------------------------------------------

WORDS = ["a", "B", "c", "'s", "do", " "]
TAGS = ["NN", "VB", "DT"]
DEPS = ["nsubj", "dobj", "det"]
PATTERN_TESTS = {
    "LOWER": st.one_of(st.sampled_from(WORDS).map(str.lower),
                       st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)
                       .map(lambda words: {"IN": words}),
                       st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)
                       .map(lambda words: {"NOT_IN": words}),
                       st.sampled_from(["^[a-c]$", "s$", "^d"]).map(lambda rx: {"REGEX": rx})),
    "TAG": st.one_of(st.sampled_from(TAGS),
                     st.lists(st.sampled_from(TAGS), min_size=1, max_size=2)
                     .map(lambda tags: {"IN": tags}),
                     st.lists(st.sampled_from(TAGS), min_size=1, max_size=2)
                     .map(lambda tags: {"NOT_IN": tags})),
    "DEP": st.one_of(st.sampled_from(DEPS),
                     st.lists(st.sampled_from(DEPS), min_size=1, max_size=2)
                     .map(lambda deps: {"NOT_IN": deps})),
    "IS_SPACE": st.booleans(),
    "OP": st.just("?"),  # an operator: the index leaves such a pattern to the Matcher
}
token_spec = st.dictionaries(st.sampled_from(sorted(PATTERN_TESTS)), st.none(), max_size=3).flatmap(
    lambda keys: st.fixed_dictionaries({key: PATTERN_TESTS[key] for key in keys}))
rule_attrs = st.fixed_dictionaries({}, optional={
    "POS": st.sampled_from(["NOUN", "VERB", "DET", "PART"]),
    "TAG": st.sampled_from(TAGS + ["XX"]),
    "MORPH": st.sampled_from(["Number=Sing", "_", "Mood=Ind|Tense=Pres"]),
    "LEMMA": st.sampled_from(["one", "two", "three"]),
}).filter(bool)
rule = st.one_of(
    st.builds(lambda spec, attrs, index: {"patterns": [[spec]], "attrs": attrs, "index": index},
              token_spec, rule_attrs, st.sampled_from([0, -1, 0, -1, 1])),
    st.builds(lambda specs, attrs, index: {"patterns": [specs], "attrs": attrs, "index": index},
              st.lists(token_spec, min_size=2, max_size=3), rule_attrs,
              st.sampled_from([0, 1, -1, 2, -3])),  # 2 and -3 can fall outside a match
    st.builds(lambda specs, attrs: {"patterns": [[spec] for spec in specs], "attrs": attrs},
              st.lists(token_spec, min_size=2, max_size=2), rule_attrs),
)
document = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS),
                              st.sampled_from(DEPS)), min_size=1, max_size=12)
VOCAB = spacy.blank("en").vocab


def build(tokens: list[tuple[str, str, str]]) -> Doc:
    words, tags, deps = (list(column) for column in zip(*tokens))
    return Doc(VOCAB, words=words, tags=tags, deps=["ROOT"] + deps[1:],
               heads=[0] * len(words))


def run_both(rules: list[dict], tokens: list[tuple[str, str, str]]) -> tuple[Any, Any]:
    """Each ruler's result on its own copy of the document: the token array, or the error."""
    results = []
    for ruler in (AttributeRuler(VOCAB), IndexedAttributeRuler(VOCAB)):
        ruler.add_patterns(rules)
        doc = build(tokens)
        try:
            ruler(doc)
            results.append([tuple(row) for row in doc.to_array(COMPARED).tolist()])
        except ValueError as error:
            results.append(type(error).__name__)
    return results[0], results[1]


@settings(max_examples=200, deadline=None)
@given(rules=st.lists(rule, min_size=1, max_size=8), tokens=document)
def test_random_rules_set_what_attribute_ruler_sets(rules: list[dict],
                                                    tokens: list[tuple[str, str, str]]) -> None:
    stock, indexed = run_both(rules, tokens)
    assert indexed == stock


def test_matches_are_found_before_any_attribute_is_set() -> None:
    # the first rule retags "a" as VB; the second must still see its original NN, and the
    # last rule, though it names the same token, wins for POS
    rules = [{"patterns": [[{"LOWER": "a"}]], "attrs": {"TAG": "VB", "POS": "NOUN"}},
             {"patterns": [[{"TAG": "NN"}]], "attrs": {"LEMMA": "seen"}},
             {"patterns": [[{"TAG": "VB"}]], "attrs": {"LEMMA": "wrong"}},
             {"patterns": [[{"LOWER": "a"}, {"LOWER": "c"}]], "attrs": {"POS": "DET"}}]
    tokens = [("a", "NN", "nsubj"), ("c", "DT", "det")]
    stock, indexed = run_both(rules, tokens)
    assert indexed == stock
    doc = build(tokens)
    ruler = IndexedAttributeRuler(VOCAB)
    ruler.add_patterns(rules)
    ruler(doc)
    assert (doc[0].tag_, doc[0].lemma_, doc[0].pos_) == ("VB", "seen", "DET")


def test_an_index_outside_the_match_fails_as_in_spacy() -> None:
    rules = [{"patterns": [[{"LOWER": "a"}, {"LOWER": "c"}]], "attrs": {"POS": "DET"},
              "index": 2}]
    ruler = IndexedAttributeRuler(VOCAB)
    ruler.add_patterns(rules)
    with pytest.raises(ValueError, match="E1001"):
        ruler(build([("a", "NN", "nsubj"), ("c", "DT", "det")]))


def test_a_ruler_that_sets_other_attributes_is_left_in_place() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        [{"patterns": [[{"LOWER": "a"}]], "attrs": {"NORM": "an"}}])
    assert not swap_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert nlp("a c")[0].norm_ == "an"

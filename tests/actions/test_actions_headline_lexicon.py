"""The headline re-reading reads its participles of coercion and abduction ("Iran frees
DETAINED tourist") from the lexicon the actions component was configured with, not from the
default file: a verb of arrest only a configured lexicon has makes its participle describe the
person freed there. Short original headlines."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotate.actions.component import ActionsComponent
from annotate.actions.headline_verbs import past_forms, state_participles
from annotate.actions.headlines import reparser
from annotate.actions.lexicon import Lexicon, load_lexicon
from annotate.gazetteer import load_gazetteer
from annotate.pipeline.annotator import Annotator


def with_verb_of_arrest(lemma: str) -> Lexicon:
    """The default lexicon with one more verb coded as an arrest (CAMEO 173)."""
    base = load_lexicon()
    arrest = base.candidates("arrest", "VERB")[0]
    rules = {**base.rules, (lemma, "VERB"): (replace(arrest, lemma=lemma),)}
    return Lexicon(rules=rules, particles=base.particles)


def test_the_participles_are_the_lexicon_s_verbs_of_coercion() -> None:
    assert {"detain", "kidnap", "arrest"} <= state_participles(load_lexicon())
    assert "nab" not in state_participles(load_lexicon())
    assert "nab" in state_participles(with_verb_of_arrest("nab"))


@pytest.mark.parametrize(("headline", "expected"), [
    ("Iran frees nabbed French tourist.", [("frees", "0841", "IRN")]),
    ("Iran Frees Nabbed French Tourist", [("Frees", "0841", "IRN")]),
])
def test_the_configured_lexicon_s_participle_is_read(annotator: Annotator, headline: str,
                                                     expected: list[tuple[str, ...]]) -> None:
    nlp = annotator.nlp
    verbs = nlp.get_pipe("annotate_actions").headlines.verbs
    read = []
    for lexicon in (load_lexicon(), with_verb_of_arrest("nab")):
        component = ActionsComponent(lexicon, load_gazetteer(), reparser(nlp), verbs,
                                     past_forms(nlp))
        doc = component(nlp(headline))
        read.append([(a.trigger, a.cameo, a.actor and a.actor.country)
                     for a in doc._.annotate_actions])
    assert read == [[], expected]

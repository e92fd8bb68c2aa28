"""The kinds of act that change where a target is read (:mod:`annotate.actions.target_kinds`),
and the munitions a component passes down to the target check (:mod:`annotate.actions.aims`)."""

from __future__ import annotations

from annotate.actions.adjuncts import munitions, setting_or_means
from annotate.actions.target_kinds import TargetKinds
from annotate.pipeline.annotator import Annotator


def _word(annotator: Annotator, sentence: str, text: str):
    doc = annotator.nlp(sentence)
    return doc, next(t for t in doc if t.text == text)


def test_a_munition_in_a_with_phrase_is_the_means_only_for_the_given_munitions(
        annotator: Annotator) -> None:
    _, gas = _word(annotator, "Police dispersed the protest with tear gas.", "gas")
    assert setting_or_means(gas, frozenset({"gas"}))
    assert not setting_or_means(gas, frozenset({"bullet"}))


def test_the_component_reads_munitions_from_its_own_lexicon(annotator: Annotator) -> None:
    component = annotator.nlp.get_pipe("annotate_actions")
    assert component.aims.munitions == munitions(component.lexicon)
    assert "gas" in component.aims.munitions


def test_kinds_of_a_firing_row_with_a_munition_object(annotator: Annotator) -> None:
    doc, fired = _word(annotator, "Police fired tear gas at the students.", "fired")
    component = annotator.nlp.get_pipe("annotate_actions")
    rule, used = next((rule, used) for token, rule, used in component.triggers.match(doc, {})
                      if token.i == fired.i)
    kinds = TargetKinds.of(rule, fired, used, rule.cameo, component.aims.munitions)
    assert kinds.weapon and kinds.force and kinds.purpose
    assert not TargetKinds.of(rule, fired, used, rule.cameo, frozenset()).weapon


def test_kinds_of_a_visit_and_of_a_meeting(annotator: Annotator) -> None:
    component = annotator.nlp.get_pipe("annotate_actions")
    for sentence, word, kind in [("Macron visited Kenya on Monday.", "visited", "visit"),
                                 ("Kenya met Uganda in Nairobi.", "met", "partner")]:
        doc, token = _word(annotator, sentence, word)
        rule, used = next((rule, used) for t, rule, used in component.triggers.match(doc, {})
                          if t.i == token.i)
        kinds = TargetKinds.of(rule, token, used, rule.cameo, frozenset())
        assert getattr(kinds, kind), (sentence, kinds)

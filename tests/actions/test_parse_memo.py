"""The actions layer's memo of parse readings lives only while the layer reads a story: it
never stays in ``doc.user_data`` (which a Doc carries into its bytes), not even when the
reading fails. Short original sentences."""

from __future__ import annotations

import pytest

from annotate.actions.context import parse_memo
from annotate.actions.phrases import noun_phrase_of
from annotate.pipeline.annotator import Annotator


def test_no_memo_stays_on_an_annotated_story(annotator: Annotator) -> None:
    doc = annotator.nlp("Kenya expelled two Ugandan diplomats on Monday.")
    assert doc._.annotate_actions
    assert not any(str(key).startswith("annotate_actions") for key in doc.user_data)


def test_the_memo_closes_when_the_reading_fails(annotator: Annotator) -> None:
    doc = annotator.nlp("Kenya expelled two Ugandan diplomats on Monday.")
    with pytest.raises(RuntimeError), parse_memo(doc):
        noun_phrase_of(doc[0])
        raise RuntimeError("a rule failed")
    assert not any(str(key).startswith("annotate_actions") for key in doc.user_data)


def test_a_reading_is_the_same_with_and_without_the_memo(annotator: Annotator) -> None:
    doc = annotator.nlp("The Ugandan foreign minister met Kenyan officials in Nairobi.")
    bare = [noun_phrase_of(token).text for token in doc]
    with parse_memo(doc):
        assert [noun_phrase_of(token).text for token in doc] == bare
        assert [noun_phrase_of(token).text for token in doc] == bare  # read from the memo

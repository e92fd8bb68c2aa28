"""The dates layer's token view holds what the doc's tokens hold, for any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.dates.tokens import TokenView


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_view_holds_each_token_and_its_forms(annotator, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotator.nlp.make_doc(text)
    view = TokenView.of(doc)
    assert len(view) == len(doc)
    assert [t.i for t in view.tokens] == list(range(len(doc)))
    assert view.lower == [t.lower_ for t in doc]
    assert view.text == [t.text for t in doc]

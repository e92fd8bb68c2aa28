"""A gerund after "in" on a verb takes that verb's subject, as after "by" or "without": "Kenya
joined Uganda IN CONDEMNING the coup" is Kenya's condemnation. Short original sentences in AP
style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Kenya joined Uganda in condemning the coup.", "condemning", "Kenya"),
    ("Kenya erred in expelling the diplomats.", "expelling", "Kenya"),
    ("Police used tear gas in dispersing the protesters.", "dispersing", "Police"),
])
def test_an_in_gerund_takes_the_subject(annotate: Annotate, sentence: str, trigger: str,
                                        actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [actor]


def test_a_gerund_of_reason_stays_the_objects(annotate: Annotate) -> None:
    # guard: "for" still gives the reason, the object's deed
    record = annotate("Britain criticized Russia for annexing Crimea.")
    assert "Britain" not in [a[3] for a in party_texts(record) if a[0] == "annexing"]

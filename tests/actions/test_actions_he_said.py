""""He" in what a person noun reports stands for that reporter, as it does for a named person:
"the Kenyan LEADER said HE would meet ...". Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("He would meet the Ugandan president next week, the Kenyan leader said.", "Kenyan leader"),
    ("The minister said he would expel the ambassador.", "minister"),
    ("The Ugandan president said she had rejected the offer.", "Ugandan president"),
])
def test_he_is_the_reporting_person(annotate: Annotate, sentence: str, actor: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))] == [actor]


@pytest.mark.parametrize("sentence", [
    # guards: an institution or a group is no "he"; a spokesman speaks for someone else
    "The army said he would expel the ambassador.",
    "The spokesman said he would expel the ambassador.",
    "The rebels said he would expel the ambassador.",
])
def test_no_person_no_he(annotate: Annotate, sentence: str) -> None:
    assert [a[3] for a in party_texts(annotate(sentence))] == ["he"]

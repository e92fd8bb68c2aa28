"""An undertaking noun whose compound names the event ("a CURFEW ORDER", "a BOMBING CAMPAIGN")
carries the event's place: "extended the curfew order IN KANO" is a curfew in Kano, aimed at
it as curfews and attacks are. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("The authorities extended the curfew order in Kano.", "curfew", "Kano"),
    ("The authorities imposed a curfew order in Kano.", "curfew", "Kano"),
    ("The air force began a bombing campaign in Idlib.", "bombing", "Idlib"),
])
def test_the_place_of_an_undertaking_is_the_events(annotate: Annotate, sentence: str,
                                                   trigger: str, target: str) -> None:
    assert [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [target]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # guards: a curfew with its own place, and a warrant whose for-phrase names its person
    ("The authorities extended the curfew in Kano.", "curfew", "Kano"),
    ("The court issued an arrest warrant in Paris for the former minister.", "arrest",
     "former minister"),
])
def test_other_places_stay_as_they_were(annotate: Annotate, sentence: str, trigger: str,
                                        target: str) -> None:
    assert [a[4] for a in party_texts(annotate(sentence)) if a[0] == trigger] == [target]

"""What an appeal asks of the one it addresses is its content, also where a relative clause
on the addressee makes the parse hang the infinitive on the appeal as a clause of its own
("called on France, which monitors the truce, TO PRESS Israel"): one appeal, no second act of
the speaker's. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Nawaf Salam called on the United States and France, which monitor the "
    "truce, to pressure Israel to stop its attacks.",
    "The minister called on the United States and France, which monitor the truce, to "
    "pressure Israel to stop its attacks.",
])
def test_the_infinitive_after_the_addressees_relative_is_what_is_asked(
        annotate: Annotate, sentence: str) -> None:
    assert {a["trigger"] for a in annotate(sentence)["actions"]} == {"called"}

"""A given name that is also a modal verb ("Will", "May") opening a name the model labels stays
in the name when a finite verb follows the name ("Will Hale joined"); in a question it is the
modal ("Will Hale join the council?")."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text, mentions", [
    ("Will Hale joined the council in 2010.", ["Will Hale"]),
    ("May Ortiz was born in 1950.", ["May Ortiz"]),
    ("Will Hale join the council?", ["Hale"]),
])
def test_a_modal_given_name(annotate: Annotate, text: str, mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

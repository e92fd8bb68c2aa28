"""A person's name holds no digit: a candidate span with one is opening hours, a verse or a
model number, not a person ("Open Tu-Su 10AM-5PM", "John 3:16"); names next to numbers stay."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "Open Tu-Su 10AM-5PM.",
    "The pastor read John 3:16 aloud.",
])
def test_a_span_with_digits_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Ana Ruiz, 34, was arrested on Friday.", ["Ana Ruiz"]),
    ("Ana Ruiz scored 23 points.", ["Ana Ruiz"]),
    ("Dean Smith won 879 games.", ["Dean Smith"]),
])
def test_a_name_next_to_a_number_stays(annotate: Annotate, text: str,
                                       mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions

"""Court copy: a judge's postnominal initials are no person ("Roberts, C. J.")."""

from __future__ import annotations

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_judges_initials_are_no_person(annotate: Annotate) -> None:
    record = annotate("The opinion was written by Roberts, C. J., and joined by four justices.")
    assert "C. J." not in _mentions(record)
    assert "Roberts" in _mentions(record)


def test_initials_before_a_surname_stay_in_the_name(annotate: Annotate) -> None:
    record = annotate("The guard, C. J. Hale, scored 30 points on Sunday.")
    assert "C. J. Hale" in _mentions(record)

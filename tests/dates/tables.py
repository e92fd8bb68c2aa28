"""The two checks the table-driven dates tests share, as test factories: each test file keeps
its own table of rows (and the docstring saying which class of expression they test) and
makes its tests with one line, ``test_expression_is_normalised = normaliser_test(ROWS)``.

- :func:`normaliser_test`: each row's expression, normalised against a reference date, the
  date last placed and the clause's tense, has the row's TIMEX3 type and value.
- :func:`in_context_test`: each row's original sentence, annotated with its story date, has
  the row's time expressions: exactly those, in order, or (``exact=False``) among others, where
  an expected type of None names an expression that must not be found.
- :func:`tensed_test`: the same for rows that also name the clause's tense (shown when a row
  fails), one expected expression a row.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

import pytest

from annotate.dates.timex import normalise

Annotate = Callable[..., dict[str, Any]]
Expression = tuple[str, str | None, str | None]  # (text, type, value) as the record gives them


def normaliser_test(rows: list[tuple[str, date | None, date | None, str, str, str | None]]
                    ) -> Callable[..., None]:
    """A test over rows of (expression, reference date, date last placed, tense, type, value)."""

    @pytest.mark.parametrize(("text", "reference", "previous", "tense", "kind", "value"), rows)
    def test(text: str, reference: date | None, previous: date | None, tense: str, kind: str,
             value: str | None) -> None:
        timex = normalise(text, reference, previous, tense)
        assert (timex.type, timex.value) == (kind, value)

    return test


def expressions(annotate: Annotate, text: str, story_date: str | None) -> list[Expression]:
    """(text, type, value) of each time expression the pipeline finds, in order."""
    return [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]


def in_context_test(rows: list[tuple[str, str, Any]], exact: bool = True) -> Callable[..., None]:
    """A test over rows of (sentence, story date, expected): with ``exact``, the list of
    expressions found is ``expected``; else ``expected`` (one expression, or a list of them)
    is among those found, and an expression expected with type None is not found."""

    @pytest.mark.parametrize(("text", "story_date", "expected"), rows)
    def test(annotate: Annotate, text: str, story_date: str, expected: Any) -> None:
        found = expressions(annotate, text, story_date)
        if exact:
            assert found == expected
            return
        for row in expected if isinstance(expected, list) else [expected]:
            if row[1] is None:
                assert all(f[0] != row[0] for f in found), found
            else:
                assert row in found, found

    return test


def tensed_test(rows: list[tuple[str, str, str, Expression]]) -> Callable[..., None]:
    """A test over rows of (sentence, story date, tense, expected): ``expected`` is among the
    expressions found, or with type None no expression has its text."""

    @pytest.mark.parametrize(("text", "story_date", "tense", "expected"), rows)
    def test(annotate: Annotate, text: str, story_date: str, tense: str,
             expected: Expression) -> None:
        found = expressions(annotate, text, story_date)
        if expected[1] is None:
            assert all(f[0] != expected[0] for f in found), found
        else:
            assert expected in found, (tense, found)

    return test

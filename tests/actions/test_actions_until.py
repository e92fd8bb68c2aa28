"""A clause of "until" after a negated main clause states a condition not yet met ("will not
end the strike UNTIL its demands are MET"): it sets the scene of the sentence's own event (the
refusal) and reports no event of its own. Without the negation, "until" tells when something
ended, and what happened then is news ("fighting continued until the troops WITHDREW"). Short
original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["text"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The rebels will not lay down their arms until the army withdraws from the region.",
     [("lay", "1246", "rebels")]),
    ("The nurses will not end their strike until the ministry releases the jailed union "
     "leaders.", [("end", "1246", "nurses")]),
])
def test_a_condition_not_yet_met_is_no_event(annotate: Annotate, sentence: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Fighting continued until the troops withdrew from the town.",
     [("withdrew", "0874", "troops")]),
    ("The talks went on until both sides agreed to a ceasefire.",
     [("agreed", "0356", "both sides")]),
])
def test_until_without_negation_keeps_its_event(annotate: Annotate, sentence: str,
                                                expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

"""A clause introduced by "whether" is a question still open, and what a party is likely or
unlikely to do a forecast: the act is hypothetical ("has not decided whether to expel the
diplomats", "is unlikely to expel"), not reported or announced."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Kenya has not yet decided whether to expel the diplomats.", "expel"),
    ("The cabinet debated whether to impose sanctions on Uganda.", "sanctions"),
    ("Kenya is unlikely to expel the diplomats.", "expel"),
    ("The rebels are likely to attack the town.", "attack"),
])
def test_whether_clause_is_hypothetical(annotate: Annotate, sentence: str,
                                        trigger: str) -> None:
    moods = {a["trigger"]: a["modality"] for a in annotate(sentence)["actions"]}
    assert moods.get(trigger) == "hypothetical"


def test_a_reported_expulsion_is_asserted(annotate: Annotate) -> None:
    actions = annotate("Kenya expelled two Ugandan diplomats on Monday.")["actions"]
    assert [a["modality"] for a in actions] == ["asserted"]

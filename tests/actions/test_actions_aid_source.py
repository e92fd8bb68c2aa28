"""Aid comes FROM its giver wherever the parse hangs the from-phrase: "Haiti awaits aid FROM
JAPAN" is not aid aimed at Japan (the place of aid is whom it is for, and a from-phrase names no
such place). Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize("sentence", [
    "Haiti awaits aid from Japan.",
    "Sudan awaits food aid from the United States.",
])
def test_the_giver_of_awaited_aid_is_no_target(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in coded(annotate(sentence)) if a[4] in ("JPN", "USA")]


@pytest.mark.parametrize(("sentence", "actor", "target"), [
    # guards: aid received, sent or delivered in a place keeps its parties
    ("Haiti received aid from Japan.", "JPN", "HTI"),
    ("Japan sent aid to Haiti on Monday.", "JPN", "HTI"),
    ("Japan delivered food aid in Haiti.", "JPN", "HTI"),
    ("Aid arrived in Haiti on Monday.", None, "HTI"),
])
def test_other_aid_keeps_its_parties(annotate: Annotate, sentence: str, actor: str | None,
                                     target: str) -> None:
    action = coded(annotate(sentence))[0]
    assert (action[3], action[4]) == (actor, target)

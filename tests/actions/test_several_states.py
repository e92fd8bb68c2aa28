"""Issue 12, parties: a government noun counted or quantified as more than one ("both
governments", "the two armies") names several countries, so it takes no single country from
the dateline or the clause's place; one government ("the government") still does. Short
original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

DATELINE = "NAIROBI, Kenya (AP) — "


def targets(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(a["target"]["text"], a["target"]["country"]) for a in record["actions"]
            if a["target"]]


@pytest.mark.parametrize("sentence", [
    "The African Union urged both governments to resolve the dispute.",
    "The African Union urged the two governments to resolve the dispute.",
])
def test_several_governments_take_no_one_country(annotate: Annotate, sentence: str) -> None:
    found = targets(annotate(DATELINE + sentence))
    assert found and all(country is None for _, country in found), found


def test_one_government_takes_the_datelines_country(annotate: Annotate) -> None:
    found = targets(annotate(DATELINE + "The African Union urged the government to resolve "
                             "the dispute."))
    assert found == [("government", "KEN")]

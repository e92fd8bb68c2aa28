"""A finite verb with a direct object and no subject of its own, conjoined to the verb of a
that-clause whose auxiliary it does not share, belongs to the main clause: its subject is the
main subject, and it is no content of the main verb ("denied that the men had been mistreated
and ACCUSED them"). So does a past tense joined to a to-infinitive ("asked Israel to halt the
raids and SUMMONED its envoy"). A clause after which the report comes ("..., the ministry said") keeps its
conjuncts. Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def read(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["text"],
             a["target"] and a["target"]["text"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Uganda's army spokesman denied that the men had been mistreated and accused them of "
     "fishing illegally.",
     [("denied", "016", "Uganda's army spokesman", None),
      ("accused", "112", "Uganda's army spokesman", None)]),
    ("The minister denied that the prisoners were abused and criticized the report.",
     [("denied", "016", "minister", None), ("criticized", "111", "minister", "report")]),
    ("The minister said the talks had failed and blamed Russia for the deadlock.",
     [("blamed", "112", "minister", "Russia")]),
    ("The ministry asked Israel to halt the raids and summoned its envoy.",
     [("asked", "025", "ministry", "Israel"), ("summoned", "110", "ministry", "its envoy")]),
    ("Russia urged Kyiv to negotiate and accused the West of prolonging the war.",
     [("urged", "026", "Russia", "Kyiv"), ("accused", "112", "Russia", "West")]),
    ("The African Union called on both governments to show restraint and offered to mediate.",
     [("called", "0256", "African Union", "both governments"),
      ("offered", "039", "African Union", None)]),
])
def test_a_conjunct_rejoins_the_main_clause(annotate: Annotate, sentence: str,
                                            expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ministry said police arrested the men and charged them with fraud.",
     [("arrested", "173", "police", "men"), ("charged", "173", "police", "fraud")]),
    ("Chad has recalled its envoy and closed its embassy in Paris, the ministry said.",
     [("recalled", "161", "Chad", "its envoy"), ("closed", "161", "Chad", "its embassy in Paris")]),
    ("The ministry asked Israel to halt the raids and release the prisoners.",
     [("asked", "0253", "ministry", "Israel")]),
    ("The ministry asked Israel to halt the raids and to release the prisoners.",
     [("asked", "0253", "ministry", "Israel")]),
])
def test_a_conjunct_of_the_content_stays_there(annotate: Annotate, sentence: str,
                                               expected: list[tuple[Any, ...]]) -> None:
    assert read(annotate, sentence) == expected

"""An act is not aimed at the very words that name its actor: "Kenya and Uganda attended the
summit" is one summit of Kenya with Uganda (conjoined parties act together, once, as
"Chile and Peru agreed" does), never of Kenya with Kenya.
An act with no other target keeps its actor and loses the target. Short original
sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def pairs(annotate: Annotate, sentence: str) -> list[tuple[str | None, ...]]:
    return [(a["actor"]["text"] if a["actor"] else None,
             a["target"]["text"] if a["target"] else None)
            for a in annotate(sentence)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya and Uganda attended the summit.", [("Kenya", "Uganda")]),
    ("Ruto and Museveni attended the summit in Arusha.", [("Ruto", "Museveni")]),
    ("Kenya and Uganda held talks in Arusha.", [("Kenya", "Uganda")]),
])
def test_no_act_is_aimed_at_its_own_actor(annotate: Annotate, sentence: str,
                                          expected: list[tuple[str | None, ...]]) -> None:
    assert pairs(annotate, sentence) == expected


def test_an_act_with_no_other_target_keeps_its_actor(annotate: Annotate) -> None:
    assert pairs(annotate, "UN officials complained that they had been ignored.") == [
        ("UN officials", None)]


def test_an_act_aimed_at_another_party_stays(annotate: Annotate) -> None:
    assert pairs(annotate, "Kenya condemned Uganda over the border closure.") == [
        ("Kenya", "Uganda")]

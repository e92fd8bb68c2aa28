""""No longer" negates its verb: "will no longer host the talks" announces a refusal (125,
REJECT), "no longer recognizes" reports no recognition; "for longer" is no negation."""

from __future__ import annotations

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def _coded(annotate: Annotate, sentence: str) -> list[tuple[str, str, bool]]:
    return [(a["cameo"], a["plover"], a["negated"]) for a in annotate(sentence)["actions"]]


def test_will_no_longer_is_a_refusal(annotate: Annotate) -> None:
    assert _coded(annotate, "Kenya will no longer host the talks.") == [
        ("125", "REJECT", False)]


def test_no_longer_in_the_present_is_negated(annotate: Annotate) -> None:
    assert _coded(annotate, "Kenya no longer recognizes the government in Mogadishu.") == [
        ("054", "SUPPORT", True)]


def test_for_longer_is_no_negation(annotate: Annotate) -> None:
    assert _coded(annotate, "Kenya will host the talks for longer than planned.") == [
        ("036", "AGREE", False)]

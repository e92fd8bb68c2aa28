"""The first word of a correlative pair ("BOTH Kenya and Uganda") is no part of a party's
words (:func:`annotate.actions.phrases.party_span`); a determiner ("Both sides") stays."""

from __future__ import annotations

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def actors(annotate: Annotate, sentence: str) -> list[str]:
    return sorted(a["actor"]["text"] for a in annotate(sentence)["actions"] if a["actor"])


def test_both_is_no_part_of_the_first_party(annotate: Annotate) -> None:
    assert actors(annotate, "Both Kenya and Uganda condemned the attack.") == ["Kenya", "Uganda"]


def test_both_as_a_determiner_stays(annotate: Annotate) -> None:
    assert actors(annotate, "Both sides accused each other of violating the ceasefire.") == [
        "Both sides"]

"""Names in headlines in title case: the verb between two names is part of neither."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.casing import is_present_tense

Annotate = Callable[..., dict[str, Any]]
VERBS = frozenset({"meet", "push", "deny", "warn", "burn"})


@pytest.mark.parametrize(("word", "expected"), [
    ("Meets", True), ("Pushes", True), ("Denies", True), ("Warns", True),
    ("Meet", False), ("Hale", False), ("Xis", False), ("Is", False),
])
def test_present_tense_forms_of_verbs(word: str, expected: bool) -> None:
    assert is_present_tense(word, VERBS) is expected


@pytest.mark.parametrize("headline", [
    "Biden Meets Xi in Bali, Agrees to Restart Climate Talks",
    "Ortiz Hosts Lindqvist in Madrid for Trade Talks",
    "Macron Warns Putin Over Ukraine",  # "Warns" is a rare census surname, no frequent one
])
def test_a_headline_verb_joins_no_two_names(annotate: Annotate, headline: str) -> None:
    record = annotate(headline + "\n\nThe story follows here.")
    assert not any(verb in p["name"].split() for p in record["people"]
                   for verb in ("Meets", "Hosts", "Warns"))


def test_a_surname_that_looks_like_a_verb_stays_in_the_name(annotate: Annotate) -> None:
    # "Burns" is a census surname: "Ken Burns" is one name, though "burns" is a verb
    record = annotate("Ken Burns Wins Emmy for War Film\n\nThe story follows here.")
    assert "Ken Burns" in [p["name"] for p in record["people"]]

"""A headline joins two subjects with a comma for "and"; the first may be a noun a name
modifies ("Sudan army, RSF agree to ceasefire") or a nationality ("Russian, Chinese warships"),
not only a name ("Kenya, Uganda sign").
Short original headlines."""

from __future__ import annotations

import pytest

from .readers import Annotate


def _pairs(annotate: Annotate, sentence: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(sentence)["actions"] if a["trigger"] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Sudan army, RSF agree to ceasefire", "agree", [("Sudan army", "RSF")]),
    ("Ethiopian army, Tigray rebels agree to truce", "agree",
     [("Ethiopian army", "Tigray rebels")]),
    ("Russian, Chinese warships hold joint drills", "drills", [("Russian", "Chinese warships")]),
    ("Kenyan, Ugandan officials sign border deal", "sign", [("Kenyan", "Ugandan officials")]),
])
def test_a_noun_a_name_modifies_is_a_headline_conjunct(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, str | None]]) -> None:
    assert _pairs(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("In Nairobi, police arrest 20 protesters", "arrest", [("police", "20 protesters")]),
    ("Kenya, Uganda sign trade pact", "sign", [("Kenya", "Uganda")]),
    ("French police arrest 20 protesters", "arrest", [("French police", "20 protesters")]),
])
def test_other_headlines_keep_their_subjects(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str | None, str | None]]) -> None:
    assert _pairs(annotate, sentence, trigger) == expected

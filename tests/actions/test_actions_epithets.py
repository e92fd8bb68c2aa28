"""A bare definite description of a name's kind takes the name up as a pronoun would:
"Hamas said THE GROUP would release ..." is Hamas's act, "Kenya said THE COUNTRY would not
..." Kenya's. A description of another kind ("the army"), one with modifiers of its own ("the
Ugandan government") and a speaker that is no name of the kind keep the clause's party.
Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate, actor_parties


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Hamas said the group would release the hostages on Friday.", "release",
     [("Hamas", "PSE")]),
    ("Kenya said the country would not recognize the election results.", "recognize",
     [("Kenya", "KEN")]),
    ("Uganda said the government would expel two Kenyan diplomats.", "expel",
     [("Uganda", "UGA")]),
])
def test_an_epithet_takes_up_the_name(annotate: Annotate, sentence: str, trigger: str,
                                      expected: list[tuple[str, str | None]]) -> None:
    assert actor_parties(annotate, sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Rebel leaders said the army will withdraw from the town.", "withdraw", [("army", None)]),
    ("Kenya said the Ugandan government would expel two diplomats.", "expel",
     [("Ugandan government", "UGA")]),
    ("The ministry said the country would send troops to Haiti.", "send",
     [("country", None)]),
])
def test_another_kind_or_a_described_party_stays(
        annotate: Annotate, sentence: str, trigger: str,
        expected: list[tuple[str, str | None]]) -> None:
    assert actor_parties(annotate, sentence, trigger) == expected

"""Fines: a monetary penalty imposed on a party is CAMEO 163 + PLOVER COERCE/restrict, as the
lexicon codes imposed penalties and sanctions (its convention 5); the fined party is the
target, also where the parse hung it on the amount. The noun is no trigger (the payer of a
fine is no actor), and a sports body fining a player or club is no political event. Short
original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]



@pytest.mark.parametrize(("sentence", "expected"), [
    ("The European Union fined Microsoft 500 million euros.",
     [("fined", "163", "COERCE", "European Union", "Microsoft")]),
    ("The EU fined Poland 1 million euros a day.", [("fined", "163", "COERCE", "EU", "Poland")]),
    ("Regulators fined the lender $8 million.",
     [("fined", "163", "COERCE", "Regulators", "lender")]),
    ("France levied a fine on the Russian broadcaster.",
     [("levied", "163", "COERCE", "France", "Russian broadcaster")]),
])
def test_a_fine_imposed_on_a_party(annotate: Annotate, sentence: str,
                                   expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The federation fined the club for crowd trouble.", []),
    ("The league fined the striker for the tackle.", []),
    ("The weather was fine on Sunday.", []),
    ("Google agreed to pay a fine of 2 billion euros.",
     [("agreed", "030", "AGREE", "Google", None)]),
])
def test_no_fine_event(annotate: Annotate, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert party_texts(annotate(sentence)) == expected

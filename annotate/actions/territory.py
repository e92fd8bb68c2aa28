"""A name its apposition calls a place is territory, whatever the model tagged it: "Russian
forces captured KHERSON, A PORT CITY on the Dnieper", "rebels seized KIDAL, A TOWN in northern
Mali" take a place (CAMEO 192, occupy territory), not people (an arrest or an abduction). The
place nouns are those the lexicon's rows of a place seized name as their objects ("seized the
TOWN"), so the two readings share one list.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

_SEIZED_PLACE = "192"  # CAMEO: occupy territory


def place_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The common nouns the lexicon's rows of "seize" coding a place seized take as objects."""
    return frozenset(word for row in lexicon.candidates("seize", "VERB")
                     if row.cameo == _SEIZED_PLACE for word in row.objects if word.isalpha())


def named_as_place(head: Token, nouns: frozenset[str]) -> bool:
    """A proper noun with an apposition headed by a place noun ("KHERSON, a port CITY")."""
    return head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in nouns
                                        for c in head.children)

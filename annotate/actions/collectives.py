"""What a number or a collective noun counts: "dozens OF REBELS", "a group OF AID WORKERS",
"hundreds OF PRISONERS" name people, as the noun they count would; any other noun with an
of-phrase is itself what is acted on ("seized control OF the broadcaster", "captured the
support OF voters", "seized the passports OF the journalists" take no people).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .objects import pobjs_of

# Nouns of quantity and collective nouns that take an of-phrase of what they count or gather
# ("dozens of", "a group of", "the rest of", "some of"); numbers are read off the token.
COLLECTIVE_NOUNS = frozenset({
    "dozen", "score", "hundred", "thousand", "million", "number", "handful", "couple", "pair",
    "group", "band", "batch", "crowd", "team", "squad", "unit", "contingent", "delegation",
    "busload", "boatload", "planeload", "truckload", "party", "convoy", "wave", "flood", "host",
    "rest", "all", "some", "most", "many", "several", "none", "each", "both"})


def counts_people(head: Token, names_people: Callable[[Token], bool]) -> bool:
    """The head is a number or a collective noun whose of-phrase names people."""
    if not (head.like_num or head.ent_type_ in ("CARDINAL", "QUANTITY")
            or head.lemma_.lower() in COLLECTIVE_NOUNS):
        return False
    return any(names_people(owner) for owner in pobjs_of(head, ("of",)))

"""Bodies of people sent by a country or an organisation: a delegation, a mission, a contingent
(models/sent_bodies.tsv, from WordNet). Like people, such a body acting as a subject belongs to
whoever its from-phrase names: "A DELEGATION FROM KENYA visited Kampala" is Kenya's visit.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import read_column


@lru_cache(maxsize=1)
def sent_body_nouns() -> frozenset[str]:
    """The lemmas of models/sent_bodies.tsv."""
    return frozenset(read_column("sent_bodies.tsv", lower=True))


def is_sent_body(head: Token) -> bool:
    """The noun names a body sent to represent someone ("a DELEGATION", "the MISSION")."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in sent_body_nouns()

"""Adjectives of blame: "THE ARMY was responsible for the shelling", "the rebels were guilty
of violating the truce", "held THE MILITIA responsible for the attack". The one the adjective
is said of did the event its for- or of-phrase names; :func:`.parties.actor_heads` reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .objects import pobjs_of

# WordNet's "responsible" (being the agent or cause of something) and its kin of culpability.
CULPABILITY_ADJECTIVES = frozenset({"responsible", "guilty", "culpable", "accountable"})


def blamed_for(token: Token) -> Token | None:
    """The adjective of blame, not negated, whose for- or of-phrase is the event ``token``
    ("responsible FOR THE KILLINGS", "guilty OF VIOLATING"); None where the event names its
    own doer ("responsible for Russia's attack", "the attack by the rebels")."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("for", "of") or any(
            c.dep_ == "poss" for c in token.children) or pobjs_of(token, ("by",)):
        return None
    adjective = prep.head
    if adjective.lemma_.lower() not in CULPABILITY_ADJECTIVES or any(
            c.dep_ == "neg" for word in (adjective, adjective.head) for c in word.children):
        return None
    return adjective

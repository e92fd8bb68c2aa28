"""Whom aid comes from when the clause names no giver: the from-phrase of the noun of aid
("aid FROM JAPAN arrived in Nepal", "a loan FROM THE IMF will help Egypt"), also where the parse
hangs it on the verb of motion whose subject the noun is ("donations came to the reservation
FROM IRELAND"). "From" marks the source of a transfer (Quirk et al. 1985, 9.17), and the source
of a gift is its giver. It is read only for a noun of aid (CAMEO 07) that has no possessor,
by-agent, name modifier or governing subject of its own: in "the U.S. withheld aid FROM EGYPT"
the subject gives, and Egypt is whom it is withheld from.
"""

from __future__ import annotations

from spacy.tokens import Token

from .objects import pobjs_of

# Verbs of arrival or motion whose subject is the aid itself ("aid ARRIVED", "donations POURED
# in", "assistance REACHED Gaza"): the from-phrase they govern is the aid's source.
_MOTION_VERBS = frozenset({"come", "arrive", "pour", "flow", "reach", "stream", "trickle"})
_PARTY_TYPES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def givers_of(noun: Token) -> list[Token]:
    """The parties a from-phrase of the aid noun (or of its verb of motion) names; [] for any
    phrase that names no country, organisation, nationality or person."""
    if noun.pos_ != "NOUN":
        return []
    found = pobjs_of(noun, ("from",))
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.like_num or noun.head.head.ent_type_ == "CARDINAL"):
        noun = noun.head.head  # "THOUSANDS of donations came": the count stands in its place
    if not found and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _MOTION_VERBS:
        # also where the parse hung it on the goal before it ("came to the reservation FROM
        # IRELAND")
        verb = noun.head
        found = pobjs_of(verb, ("from",)) + [
            p for goal in pobjs_of(verb, ("to", "into")) for p in pobjs_of(goal, ("from",))]
    return [head for head in found if head.ent_type_ in _PARTY_TYPES]

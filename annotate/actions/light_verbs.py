"""An event noun that is the subject of a passive light verb: "new sanctions WERE IMPOSED on
Moscow by the EU", "a curfew was imposed on the city by the army", "talks were held in Doha".

A light verb's object names the event and the verb's subject its doer ("the EU IMPOSED
sanctions", the lexicon header's light verbs); in the passive the event noun is the subject and
the doer, if named, is the by-agent (the agent of a passive is the subject of its active).
:func:`annotate.actions.parties.actor_heads` reads the agent there as it reads the subject of
the active.
"""

from __future__ import annotations

from spacy.tokens import Token


def passive_subject_of(token: Token, verb: Token) -> bool:
    """The noun (or the first of the nouns it is conjoined with) is the verb's passive
    subject: "new SANCTIONS were imposed", "ARTILLERY and rocket FIRE were directed at"."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.dep_ == "nsubjpass" and current.head.i == verb.i

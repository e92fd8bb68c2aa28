"""Who orders an act does it, in the noun form as in the verb form: "the council ORDERED the
arrest of the governor" is the council's arrest, and so are "the council issued AN ORDER TO
ARREST the governor", "the court issued A WARRANT FOR THE ARREST of the governor" and "issued
an order to the police to implement AN ARREST WARRANT". The act an order, warrant or decree
provides for (its infinitive or its for-phrase) is done by the order's owner (possessor,
by-phrase) or by the subject of the verb that issues it, as CAMEO codes an act by whoever
orders it.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import parties
from .phrases import coordinated

# Nouns of an order given by an authority (WordNet order.n.01 and its kin).
ORDER_NOUNS = frozenset({"order", "warrant", "decree", "directive", "instruction", "command",
                         "edict", "mandate"})


def _order_of(act: Token) -> Token | None:
    """The order noun the act is provided for by: its infinitive ("an order TO ARREST") or
    its for-phrase ("a warrant FOR THE ARREST")."""
    if act.dep_ == "acl" and act.pos_ == "VERB" and act.head.lemma_.lower() in ORDER_NOUNS:
        return act.head
    if act.dep_ == "pobj" and act.head.lower_ == "for" and (
            act.head.head.lemma_.lower() in ORDER_NOUNS):
        return act.head.head
    return None


def issuers(node: Token, clause_verb: Token) -> list[Token]:
    """Who issued the order the trigger (or the verb whose object it is) carries out; [] when
    it carries out no order or the sentence does not say who gave it."""
    for act in (node, clause_verb):
        order = _order_of(act)
        if order is None:
            continue
        owners = [c for c in order.children if c.dep_ == "poss"] + parties.pobjs_of(
            order, ("by",))
        if owners:
            return coordinated(owners[0])
        if order.dep_ == "dobj" and order.head.pos_ == "VERB":
            return parties.subjects_of(order.head)
        if order.dep_ == "nsubjpass":
            return parties.passive_agents_of(order.head)
    return []

"""Where an event noun sits in its clause: the object of the clause's verb, also through a
partitive or an amount ("held a ROUND of talks", "gave $20 million IN AID"), what the clause's
subject undergoes ("FACES criticism", "came UNDER FIRE"), or what the subject makes someone into
("used villagers as human SHIELDS"). The parties and targets of the event follow from it
(:mod:`.parties`, :mod:`.targets`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .wordclasses import PARTITIVE_NOUNS

# Verbs whose subject undergoes the act their object names: "FACES criticism from the UN",
# "RECEIVED threats from the rebels", "SUFFERED sanctions", "DREW condemnation".
_UNDERGOING_VERBS = {"face", "receive", "suffer", "draw", "incur", "endure", "undergo", "attract"}


def made_into(token: Token, clause_verb: Token) -> list[Token]:
    """The objects of the verb whose as-phrase the noun is: what the verb's subject makes into
    what the noun names ("used VILLAGERS as human SHIELDS"); [] for any other noun."""
    if token.dep_ != "pobj" or token.head.lower_ != "as" or token.head.head.i != clause_verb.i:
        return []
    return [c for c in clause_verb.children if c.dep_ == "dobj"]


def undergone(token: Token, clause_verb: Token) -> bool:
    """The event noun is what its clause's subject undergoes: the object of an undergoing verb,
    or the "under" phrase of "come" or "be" ("the convoy CAME UNDER FIRE")."""
    if token.pos_ != "NOUN" or clause_verb.i == token.i:
        return False
    if clause_verb.lemma_.lower() in _UNDERGOING_VERBS:
        return in_object_of(token, clause_verb)
    return (token.dep_ == "pobj" and token.head.lower_ == "under"
            and token.head.head.i == clause_verb.i and clause_verb.lemma_.lower() in ("come", "be"))


def in_object_of(token: Token, verb: Token) -> bool:
    """The noun is the verb's object, or hangs off it by "of" ("a round of talks")."""
    current = token
    for _ in range(4):
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "launched artillery, mortar and rocket FIRE"
        if current.dep_ in ("dobj", "attr", "oprd") and current.head.i == verb.i:
            return True
        if current.dep_ == "pobj" and current.head.lower_ == "of" and (
                current.head.head.lemma_.lower() in PARTITIVE_NOUNS
                or current.head.head.like_num):
            current = current.head.head  # "held a ROUND of talks", "launched DOZENS of raids"
            continue
        if current.dep_ == "pobj" and current.head.lower_ == "in":
            # "gave $20 million IN AID": what an amount given or paid is, on the amount or
            # on the verb beside it
            owner = current.head.head
            if is_amount(owner):
                current = owner
                continue
            if owner.i == verb.i and any(c.dep_ == "dobj" and is_amount(c)
                                         for c in verb.children):
                return True
        return False
    return False


def is_amount(token: Token) -> bool:
    """An amount of money or a number: "$20 MILLION", "662 million DOLLARS"."""
    return token.ent_type_ in ("MONEY", "CARDINAL") or token.like_num

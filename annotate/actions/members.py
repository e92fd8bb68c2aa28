"""A party named by its members: a plural common noun whose "including" or "such as" phrase
lists names ("several Western COUNTRIES, including BRITAIN and FRANCE, expelled ...", "rights
GROUPS such as AMNESTY INTERNATIONAL condemned ..."). The named members are the parties: the
noun only says what kind they are, and names no one an analyst can count.
"""

from __future__ import annotations

from spacy.tokens import Token

from .phrases import coordinated

_NAME_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _lists_examples(preposition: Token) -> bool:
    """"including X", "such as X" (the parse hangs "such" on the "as")."""
    return preposition.lower_ == "including" or preposition.lower_ == "as" and any(
        c.lower_ == "such" for c in preposition.children)


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in _NAME_ENTITIES


def named_members(head: Token) -> list[Token]:
    """The names a plural common noun lists as its members, each with its conjuncts, when
    every one is a name; [] for any other noun ("the ministers, including two women": no
    names)."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return []
    for preposition in head.children:
        if preposition.dep_ != "prep" or not _lists_examples(preposition):
            continue
        members = [m for o in preposition.children if o.dep_ == "pobj" for m in coordinated(o)]
        if members and all(_is_name(m) for m in members):
            return members
    return []

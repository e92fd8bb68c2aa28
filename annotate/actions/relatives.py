"""Relative pronouns and the nouns they stand for.

A restrictive relative clause's subject pronoun is the noun the clause modifies: in "police are
hunting the GUNMEN WHO attacked the convoy" the gunmen attacked it, and the clause says which
gunmen. A non-restrictive clause, set off by a comma ("Karimova, WHO had led protests last
year, ..."), adds background about a party already named (Quirk et al. 1985, 17.3): its pronoun
is left unresolved, so such an act is kept only where the sentence names another party for it.

A class named as the one its subject belongs to ("KENYA was among the countries THAT condemned
the coup", "KENYA is one of several countries THAT have expelled ...") says the subject did
what the clause says: the antecedent is the copula's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def is_relative(token: Token) -> bool:
    """A relative pronoun ("the envoy WHO met ..."), not a name spelt like one: the World Health
    Organization's "WHO" is a proper noun."""
    return token.lower_ in RELATIVE_PRONOUNS and token.pos_ != "PROPN" and not token.ent_type_


def antecedent(pronoun: Token) -> Token | None:
    """The noun a restrictive relative clause modifies ("the MILITIA that kidnapped ..."), or
    None when the pronoun heads no such clause of a noun ("the militia, which ...")."""
    clause = pronoun.head
    if not is_relative(pronoun) or clause.dep_ != "relcl" or clause.i == pronoun.i:
        return None
    start = clause.left_edge.i
    if start > 0 and pronoun.doc[start - 1].text == ",":
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or is_relative(noun):
        return None
    return _member(noun) or noun


def _member(noun: Token) -> Token | None:
    """The subject of "X was AMONG the NOUNS", "X is ONE OF the NOUNS"; None otherwise."""
    if noun.dep_ != "pobj":
        return None
    preposition = noun.head
    if preposition.lower_ == "of" and preposition.head.lower_ == "one" and (
            preposition.head.dep_ == "attr"):
        copula = preposition.head.head
    elif preposition.lower_ == "among":
        copula = preposition.head
    else:
        return None
    if copula.lemma_ != "be":
        return None
    subjects = [c for c in copula.children if c.dep_ == "nsubj" and not is_relative(c)]
    return subjects[0] if subjects else None


def in_own_clause(pronoun: Token, *clause: Token) -> Token | None:
    """The antecedent of a relative pronoun that is the subject of the trigger's own clause
    (``clause``: the trigger and its clause verb): "the gunmen WHO attacked the convoy". Not
    one the reading of subjects reached through another clause ("an official WHO spoke ...
    because he was not authorized TO DISCUSS the case" does not discuss it)."""
    return antecedent(pronoun) if pronoun.head.i in {c.i for c in clause} else None

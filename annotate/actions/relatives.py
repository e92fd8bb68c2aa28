"""Relative pronouns and the nouns they stand for.

A restrictive relative clause's subject pronoun is the noun the clause modifies: in "police are
hunting the GUNMEN WHO attacked the convoy" the gunmen attacked it, and the clause says which
gunmen. A non-restrictive clause, set off by a comma ("Karimova, WHO had led protests last
year, ..."), adds background about a party already named (Quirk et al. 1985, 17.3): its pronoun
is left unresolved, so such an act is kept only where the sentence names another party for it.

A class named as the one its subject belongs to ("KENYA was among the countries THAT condemned
the coup", "KENYA is one of several countries THAT have expelled ...") says the subject did
what the clause says: the antecedent is the copula's subject.

A cleft puts the party in focus before the relative clause ("It was KENYA that expelled the
diplomats", "It is Uganda THAT accused ..."), a pseudo-cleft in its what-clause ("What KENYA did
was expel ..."): the focus is the doer (Quirk et al. 1985, 18.25-18.29).

A reporting clause inside a relative clause ("the firms THAT officials say moved the weapons")
is parenthetical: the pronoun is the subject of the reported verb and still stands for the noun
the relative clause modifies (Quirk et al. 1985, 17.17 on relative pronouns in embedded clauses).
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
    None when the pronoun heads no such clause of a noun ("the militia, which ..."). In a cleft
    the focus ("It was KENYA that expelled ..."), and in a specificational sentence the name
    the copula gives the noun ("The country that expelled ... was KENYA")."""
    clause = pronoun.head
    if not is_relative(pronoun) or clause.i == pronoun.i:
        return None
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and not any(
            is_relative(c) for c in clause.head.children):
        clause = clause.head  # "the FIRMS that officials say moved ...": a parenthetical
    elif clause.dep_ == "ccomp":  # "It is UGANDA that has accused Kenya": the cleft clause
        copula = clause.head
        focus = [c for c in copula.children if c.dep_ == "attr" and c.i < clause.i
                 and c.pos_ in ("NOUN", "PROPN")]
        return focus[0] if focus and _expletive_copula(copula) else None
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or is_relative(noun):
        return None
    if noun.dep_ == "attr" and _expletive_copula(noun.head):
        return noun  # "It was KENYA, not Uganda, that expelled ...": a cleft's focus
    start = clause.left_edge.i
    if start > 0 and pronoun.doc[start - 1].text == ",":
        return None
    return _member(noun) or _named_by_copula(noun) or noun


def _expletive_copula(copula: Token) -> bool:
    """"be" with the expletive subject "it": the frame of a cleft (Quirk et al. 1985, 18.25)."""
    return copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it"
                                         for c in copula.children)


def _named_by_copula(noun: Token) -> Token | None:
    """The name a copula gives its subject ("The COUNTRY that expelled the diplomats was
    KENYA"); None otherwise."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    names = [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    return names[0] if names else None


def pseudo_cleft_doer(subject: Token) -> Token | None:
    """The doer a pseudo-cleft names in its what-clause ("What KENYA did was expel the
    diplomats": the clausal subject "did" stands for Kenya); None for any other subject."""
    if subject.dep_ != "csubj" or subject.lemma_ != "do" or not any(
            c.lower_ == "what" and c.dep_ == "dobj" for c in subject.children):
        return None
    doers = [c for c in subject.children if c.dep_ == "nsubj"]
    return doers[0] if doers else None


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

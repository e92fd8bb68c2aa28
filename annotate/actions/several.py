"""One phrase that names several parties: the parties of a meeting noun ("the summit BETWEEN
THE EU AND TURKEY"), and conjoined countries or nationalities around a head ("ETHIOPIAN and
ERITREAN negotiators", "officials from KENYA and UGANDA"), one party per country.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from .action import Party
from .objects import pobjs_of
from .phrases import coordinated

# Nouns of a meeting whose between-phrase names its parties ("the summit BETWEEN X AND Y").
_MEETING_NOUNS = {"summit", "talk", "talks", "meeting", "negotiation", "conference", "dialogue"}


# Verbs of hosting a meeting (the lexicon's host row: CAMEO 043, whose source is the host).
_HOSTING_VERBS = {"host", "co-host", "cohost"}


def hosted_meeting(participle: Token) -> bool:
    """A participle of hosting on a meeting noun, with a by-agent that names a party ("the
    talks, HOSTED BY QATAR,", "a summit HOSTED BY EGYPT"): the hosting is an event of its own,
    as "Qatar hosted the talks" is, not a description of the talks. Not "an event hosted by the
    university" (no meeting noun, no named party)."""
    head = participle.head
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and (
        participle.lemma_.lower() in _HOSTING_VERBS and head.pos_ == "NOUN"
        and head.lemma_.lower() in _MEETING_NOUNS) and any(
        o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for a in participle.children
        if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")


def meeting_parties(head: Token) -> list[Token]:
    """The parties of a meeting noun that is a verb's subject: "the summit BETWEEN THE EU AND
    TURKEY failed to ...", "talks AMONG the factions"; none for any other head."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _MEETING_NOUNS:
        return []
    return [p for b in pobjs_of(head, ("between", "among")) for p in coordinated(b)]


def conjoined_nationals(head: Token, gazetteer: Gazetteer,
                        names_people: Callable[[Token], bool]) -> list[Party]:
    """The parties of a phrase whose head is modified by two conjoined nationalities or
    countries ("ETHIOPIAN and ERITREAN negotiators", "U.S. and JORDANIAN forces", "officials
    from KENYA and UGANDA"), one per country, each named by its words; [] when the phrase
    names fewer than two countries."""
    first = next((c for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                  and any(g.dep_ == "conj" for g in c.children)), None)
    if first is None and names_people(head):
        # people "FROM KENYA AND UGANDA", "the foreign ministers OF KENYA, UGANDA AND
        # TANZANIA": the countries of a from- or of-phrase
        first = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in (
            "from", "of") for o in p.children if o.dep_ == "pobj"
            and any(g.dep_ == "conj" for g in o.children)), None)
    if first is None:
        return []
    found: list[Party] = []
    for word in (first, *first.conjuncts):
        name = word.doc[word.left_edge.i:word.i + 1]  # with its compounds: "South Sudan"
        code = gazetteer.lookup(name.text)
        if code is not None and code not in {p.country for p in found}:
            found.append(Party(text=name.text, start=name.start_char, end=name.end_char,
                               country=code, person=None))
    return found if len(found) > 1 else []


# The coordinator of alternatives: what "or" joins are choices, each of which may act alone
# (disjunction; Quirk et al. 1985, ch. 13 on coordination), not partners acting together as "and"
# joins are. Not "nor": "neither Kenya nor Uganda signed" is "Kenya and Uganda did not sign",
# the negation of what "and" joins, and keeps its reading.
_DISJUNCTIVE = frozenset({"or"})


def joint(heads: list[Token], actors: list[Party | None]) -> bool:
    """Several actors that act together, one facing the other ("Kenya AND Uganda held
    talks"); False for one actor, or for alternatives joined by "or" ("Kenya OR Uganda will
    host the talks", "Kenya, Uganda or Tanzania"): each may act alone, they are no pair."""
    return len(actors) > 1 and not any(
        c.dep_ == "cc" and c.lower_ in _DISJUNCTIVE
        for head in heads for word in {head, head.head if head.dep_ == "conj" else head}
        for c in word.children)

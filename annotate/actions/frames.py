"""The frame of a trigger: keys that say what surrounds it, for the lexicon rows that need them.

A row of ``models/actions.tsv`` may require a prepositional phrase ("prep:on": "called ON
Israel"), a clause ("clause:to": "declined TO resign"; "clause:that"), a reason ("reason:for":
"attacked the mayor FOR failing to act") or a kind of noun ("=miner": "the MINERS' strike").
These functions read those keys off the parse; :mod:`.triggers` matches them against the rows.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Token

from . import parties
from .clauses import is_that_clause
from .objects import is_infinitive


def content_clauses(verb: Token) -> list[Token]:
    """A verb's or noun's that-clauses, also where the parse hung one on the verb's object
    ("warned RESIDENTS that the rains would ...", "a warning THAT PRICES could rise")."""
    return [c for c in verb.children if c.dep_ == "ccomp" or is_that_clause(c)] + [
        c for o in verb.children if o.dep_ == "dobj" for c in o.children
        if c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that"
                                             for m in c.children)]


_CLAUSE_KEYS = frozenset({"clause:to", "object:to"})
_TO_OBJECT = frozenset({"object:to"})
# the keys prep_keys gives, by their prefixes ("prep:on", "in:on", "clause:that", ...)
_PHRASE_PREFIXES = ("prep:", "in:", "clause:", "reason:", "object:direct", "object:to")


@lru_cache(maxsize=None)  # a word's rows name one of the lexicon's few thousand object sets
def _names_frames(named: frozenset[str]) -> tuple[bool, bool]:
    """Whether the objects named hold a key of :func:`prep_keys`, and one of :func:`kind_keys`
    ("=lemma"): a key no row of the word names cannot select its row, so neither is read."""
    return (any(key.startswith(_PHRASE_PREFIXES) for key in named),
            any(key.startswith("=") for key in named))


def prep_keys(token: Token, named: frozenset[str]) -> set[str]:
    """Prepositions whose object names someone, as pseudo-objects "prep:on" for lexicon rows
    ("called ON Israel to ..."). A date is not someone ("called on Tuesday"). The frames of
    clauses a verb governs, where a row of its lemma names them (``named``)."""
    if not _names_frames(named)[0]:
        return set()
    children = list(token.children)  # read once: each pass over them makes token objects
    deps = {c.dep_ for c in children}
    keys = {f"prep:{child.lower_}" for child in children if child.dep_ == "prep"
            and any(g.dep_ == "pobj" and g.ent_type_ not in parties.NOT_PARTIES
                    for g in child.children)}
    if token.dep_ == "pobj":
        keys.add(f"in:{token.head.lower_}")  # "troops remained ON ALERT": the noun's own phrase
    if "ccomp" in deps or any(is_that_clause(c) for c in children):
        keys.add("clause:that")  # "agreed THAT there was a need": accord, not a commitment
    if token.pos_ == "VERB" and any(_gives_reason(c) for c in children):
        keys.add("reason:for")  # "attacked the mayor FOR FAILING to act": blame, not force
    if token.pos_ == "VERB" and deps & {"dobj", "ccomp"}:
        keys.add("object:direct")  # "DEMONSTRATED ITS RESOLVE" (showed), not "demonstrated"
    if named & _CLAUSE_KEYS and not ("nsubjpass" in deps and "agent" not in deps) and any(
            (c.dep_ == "xcomp" or "dobj" in deps and c.dep_ in ("advcl", "ccomp"))
            and is_infinitive(c) for c in children):
        # "DECLINED TO resign" (a refusal), not "prices declined"; after an object the parser
        # often hangs the infinitive as a clause of its own ("pressed SEOUL TO drop"), and may
        # tag it a noun ("forced the plane TO LAND"); "was forced to resign" names no doer
        keys.add("clause:to")
        if "dobj" in deps:
            keys.add("object:to")  # "ASKED PAKISTAN TO hand over", not "asked not to be named"
    return keys


def asked_to_act(verb: Token) -> list[Token]:
    """Whom a verb in the ``object:to`` frame asks or makes act: its direct object, whatever
    its noun ("urged DRIVERS to return to work", "pressed THE UNIONS to end the strike"), not
    a noun inside the infinitive ("return to WORK")."""
    if verb.pos_ != "VERB" or "object:to" not in prep_keys(verb, _TO_OBJECT):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
            and c.ent_type_ not in parties.NOT_PARTIES]


def _gives_reason(prep: Token) -> bool:
    """A for- or over-phrase that says why: a gerund ("FOR FAILING to act", "for ALLOWING the
    vote") or a possessed noun ("for HIS remarks", "over THEIR handling of the strike"), not a
    count or a stretch of time ("for the third time", "over the weekend")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "over"):
        return False
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children) or any(
        c.dep_ == "pobj" and any(d.dep_ == "poss" for d in c.children) for c in prep.children)


def kind_keys(token: Token, pos: str, named: frozenset[str]) -> set[str]:
    """For a NOUN, "=lemma" of the compounds, adjectives and possessors that say what kind of
    thing it is or whose it is ("a PANIC attack", "the MINERS' strike"), and of the subject of
    the verb it is the object or on-phrase of, whose it is too ("TEACHERS began a strike",
    "WORKERS have been on strike"); not of its prepositional objects ("an attack on the heart
    of our democracy"): what the "=lemma" objects of a noun's row (``named``) must be."""
    if pos != "NOUN" or not _names_frames(named)[1]:
        return set()
    owners = [c for c in token.children if c.dep_ in ("compound", "amod", "poss")]
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "on" else (
        token.head if token.dep_ == "dobj" else None)
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        owners += parties.subjects_of(verb)  # "the strikers vowed TO CONTINUE their strike"
    return {f"={c.lemma_.lower()}" for c in owners}


def people_of(noun: Token, named: set[str], names_people: Callable[[Token], bool]) -> set[str]:
    """"party:people" for an event noun whose of-phrase names people, as its verb's direct
    object would ("the release OF THE OPPOSITION LEADER": "released the opposition leader");
    read only for a noun whose rows name the key. (A possessor is left out: "HIS release"
    would make him the releaser, as "HIS visit" makes him the visitor.)"""
    if "party:people" not in named or noun.pos_ != "NOUN":
        return set()
    owners = parties.pobjs_of(noun, ("of",))
    return {"party:people"} if any(names_people(owner) for owner in owners) else set()

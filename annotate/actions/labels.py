"""Characterisations: what a verb calls its object ("called the ambassador A LIAR").

"Call", "describe", "brand" and "label" with a second phrase about their object do not report a
phone call or a description: they judge the object. The judgement is criticism when the phrase
is negative ("called the vote A SHAM", "described the raid AS CRIMINAL"), praise when it is
positive ("called the talks CONSTRUCTIVE") and no event when it is neither ("called the decision
FINAL"). The valence of a word comes from ``models/valence.tsv`` (the VADER lexicon's human
ratings); the lexicon's rows say which verbs and which code (``label:negative``,
``label:positive``, ``label:neutral`` objects in ``models/actions.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import read_fields

# Verbs whose characterisation is an "as" phrase: "described the vote AS A SHAM".
_AS_VERBS = {"describe", "brand", "label", "characterize", "characterise", "portray", "denounce",
             "condemn", "dismiss", "criticize", "criticise", "reject", "view", "see", "regard"}
NEGATIVE, POSITIVE = -1.0, 1.5  # valence bounds: mildly negative words already criticise


@lru_cache(maxsize=1)
def load_valence() -> dict[str, float]:
    """models/valence.tsv, read once (the actions component reads it when it is built)."""
    return {word: float(valence) for word, valence in read_fields("valence.tsv", "word", "valence")}


def characterisation(verb: Token) -> Token | None:
    """The phrase a verb says its object is: an object predicate ("called him A LIAR", "found
    it UNACCEPTABLE"), a small clause ("called the move ILLEGAL") or, for verbs of describing,
    an "as" phrase ("described the vote AS A SHAM"); None if there is none."""
    for obj in (c for c in verb.children if c.dep_ == "oprd"):
        # "called Britain's AMBASSADOR a stupid MAN", parsed with the object as the predicate
        # and the name as its apposition: the indefinite apposition is what it is called
        named = _indefinite_appositions(obj)
        if named:
            return named[0]
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and not any(
            c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("oprd", "ccomp", "xcomp") and child.pos_ in ("ADJ", "NOUN", "PROPN") and (
                not any(a.dep_ == "aux" for a in child.children)):
            return child
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # "called Britain's ambassador A very stupid GUY", parsed as an apposition: an
        # indefinite phrase right after the object says what it is called
        named = _indefinite_appositions(obj)
        if named:
            return named[0]
    if verb.lemma_.lower() in _AS_VERBS:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # the "as" phrase hangs on the verb or, in the parse, on its object
        for child in (*verb.children, *(c for o in objects for c in o.children)):
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((g for g in child.children if g.dep_ in (
                    "pobj", "pcomp", "amod", "acomp")), None)  # "AS a sham", "as CRIMINAL"
    return None


def _indefinite_appositions(noun: Token) -> list[Token]:
    """Appositions of a noun that are indefinite phrases ("the envoy, A LIAR")."""
    return [appos for appos in noun.children if appos.dep_ == "appos" and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in appos.children)]


def label_key(verb: Token) -> str | None:
    """``label:negative``, ``label:positive`` or ``label:neutral`` for a verb with a
    characterisation of its object, by the most extreme word of the phrase's head and its
    modifiers ("a very STUPID guy"); None without one."""
    head = characterisation(verb)
    if head is None:
        return None
    table = load_valence()
    words = [head, *(c for c in head.children if c.dep_ in ("amod", "compound", "advmod", "acomp"))]
    scores = [table.get(w.lower_, table.get(w.lemma_.lower(), 0.0)) for w in words]
    if min(scores) <= NEGATIVE:
        return "label:negative"
    if max(scores) >= POSITIVE:
        return "label:positive"
    return "label:neutral"

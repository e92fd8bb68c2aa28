"""What a content clause says of parties: who a speech verb's that-clause says MUST act ("said
SUDAN must return"), whom it blames ("said the rebels were RESPONSIBLE"), and whether a noun's
clause is its content ("the demand THAT Israel ease restrictions") rather than a relative
clause. The triggers read the first two as demands and accusations (the lexicon's
``party:must`` and ``party:blame`` frames)."""

from __future__ import annotations

from spacy.tokens import Token

from .parties import is_relative
from .phrases import coordinated


def obliged(verb: Token) -> list[Token]:
    """Who a speech verb's that-clause says MUST act ("said SUDAN must return"): the clause's
    subjects. A pronoun subject counts only when the verb names whom it addresses ("told IRAN
    that IT must"); otherwise it is the speaker's own obligation ("said it must")."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if is_relative(subject):
                continue
            if subject.pos_ == "PRON":  # "told IRAQ that it must": the addressee
                found += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
                continue
            found += coordinated(subject)
    return found


# Predicates that lay the blame for something on their subject: "said HAMAS WAS RESPONSIBLE
# for the attack", "GUILTY of", "TO BLAME", "BEHIND the bombing" (the English adjectives of
# culpability and the preposition of hidden agency).
_BLAME_WORDS = frozenset({"responsible", "guilty", "culpable", "liable", "blame"})


def blamed(verb: Token) -> list[Token]:
    """Whom a speech verb's that-clause blames ("said TALIBAN MILITANTS were responsible",
    "said the rebels were behind the attack"): the clause's subjects, not a pronoun (the
    speaker's own claim, "said it was responsible", is no accusation)."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        if not any(c.dep_ in ("acomp", "xcomp", "attr") and c.lemma_.lower() in _BLAME_WORDS
                   or c.dep_ == "prep" and c.lower_ == "behind" for c in clause.children):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "said Iran was not responsible": a denial on its behalf
        found += [s for subject in clause.children if subject.dep_ == "nsubj"
                  and subject.pos_ != "PRON" and not is_relative(subject)
                  for s in coordinated(subject)]
    return found


def is_that_clause(clause: Token) -> bool:
    """A noun's content clause: "its demand THAT ISRAEL EASE restrictions" (acl with "that";
    a relative clause, "the demand that he made", is relcl)."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)

"""Whose subject a clause without one of its own takes from the clause around it.

:func:`.parties.subjects_of` climbs from a subjectless verb to the clause that has a subject;
these are the constructions where that climb needs the grammar's word on whom it reaches:

- a past participle complement without "to" or a passive infinitive says what its head's
  subject underwent, not what it did: "with two PEOPLE reported KILLED", "three soldiers were
  found SHOT", "THE DIPLOMATS are to be expelled" (Quirk et al. 1985, 16.53): no subject is
  its doer;
- a participle clause set off by a comma after a subject (a supplementive clause, Quirk et al.
  1985, 15.60) is that subject's act: "THE REBELS, demanding ..., attacked";
- a main verb the parse hung on its subject noun as a modifier keeps that noun even when a
  relative or participle clause of the noun comes before it: "THE UN ENVOY, who visited Kabul
  last week, called on ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from .wordclasses import DOCUMENT_NOUNS


def undergone_complement(complement: Token) -> bool:
    """A past participle complement without "to" ("people reported KILLED", "were found
    SHOT") or a passive infinitive ("the diplomats are TO BE EXPELLED"): its head's subject
    underwent the act."""
    if complement.dep_ != "xcomp":
        return False
    kinds = {c.dep_ for c in complement.children}
    return "auxpass" in kinds or complement.tag_ == "VBN" and "aux" not in kinds


def supplementive(participle: Token) -> bool:
    """A participle clause set off by a comma after the subject it follows: "the minister,
    ACCUSING Uganda of ..., recalled": what the subject did too, not a description of it."""
    start = participle.left_edge.i
    return participle.head.dep_ in ("nsubj", "nsubjpass") and start > 0 and (
        participle.doc[start - 1].text == ",")


def supplemented(participle: Token) -> list[Token]:
    """The subject a supplementive participle clause follows ("THE REBELS, demanding ...,
    attacked"), unless it is a document that acts by what it says ("the statement, URGING
    talks, ..." is the document's author's)."""
    if supplementive(participle) and participle.head.lemma_.lower() not in DOCUMENT_NOUNS:
        return [participle.head]
    return []


def verb_before(verb: Token, root: Token) -> bool:
    """A verb comes before ``verb`` in its sentence outside the relative and participle clauses
    of the noun heading it ("The envoy, who VISITED Kabul, called on": no verb before)."""
    clauses = [(c.left_edge.i, c.right_edge.i) for c in root.children
               if c.dep_ in ("relcl", "acl") and c.i < verb.i]
    return any(t.pos_ in ("VERB", "AUX") and not any(a <= t.i <= b for a, b in clauses)
               for t in verb.doc[verb.sent.start:verb.i])


def without_appositions(subjects: list[Token]) -> list[Token]:
    """The subjects less a common noun set off by commas right after another subject, which
    the parse read as a second subject: "The M23 rebels, A GROUP backed by Rwanda, attacked"
    names one party, whose apposition says what it is (Quirk et al. 1985, 17.65). Names stay:
    "KENYA, UGANDA sign" lists two."""
    if len(subjects) < 2:
        return subjects
    doc = subjects[0].doc
    return [s for s in subjects if not (s.pos_ == "NOUN" and s.left_edge.i >= 2 and doc[
        s.left_edge.i - 1].text == "," and any(p.right_edge.i == s.left_edge.i - 2
                                               for p in subjects))]

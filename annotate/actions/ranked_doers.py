"""Who does what a to-infinitive after "the first", "the only" or "the latest" says, where that
phrase is the complement of "be" or "become": the copula's subject. "Kenya WAS THE FIRST TO
CONDEMN the coup", "Canada was the only G7 member TO OPPOSE the resolution", "France was the
last to sign the treaty".

An infinitive clause that postmodifies a noun phrase determined by an ordinal, a superlative or
"only" has that noun as its subject ("the first to arrive" = the first who arrived; Quirk et
al. 1985, 17.30), and the complement of a copula names whom its subject names. Without such a
word the noun need not be the doer ("the plan is a way TO END the war": the plan does not end
it), so nothing is read there. Such an infinitive tells what the subject did, so "Kenya was
AMONG THE FIRST to condemn" is no future "is to condemn" (:func:`ranks_its_subject`, read by
:mod:`.modality`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .objects import is_infinitive

_COPULAS = frozenset({"be", "become", "remain"})
# Words that rank the noun among others (ordinals, "only", "last"); superlatives by their tag
_RANKING_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                            "eighth", "ninth", "tenth", "last", "latest", "only", "sole", "next",
                            "lone"})


def _ranked(head: Token) -> bool:
    """The noun (or the bare ordinal, "the FIRST to") is ranked among others, also as one of
    them ("ONE OF THE FIRST countries to")."""
    if head.lower_ == "one":
        return any(_ranked(o) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    return any(w.lower_ in _RANKING_WORDS or w.tag_ == "JJS" for w in (
        head, *(c for c in head.children if c.dep_ in ("amod", "advmod"))))


def ranked_doers(verb: Token) -> list[Token]:
    """The subject of the copula whose ranked complement the infinitive ``verb`` postmodifies;
    [] for any other verb."""
    if verb.dep_ not in ("relcl", "acl") or not is_infinitive(verb):
        return []
    head = verb.head
    if head.dep_ != "attr" or head.head.lemma_.lower() not in _COPULAS or not _ranked(head):
        return []
    return [c for c in head.head.children if c.dep_ == "nsubj"]


def ranks_its_subject(copula: Token) -> bool:
    """"Kenya WAS AMONG THE FIRST to condemn", "was ONE OF THE FIRST COUNTRIES to recognize":
    the copula ranks its subject among others, so the infinitive after it tells what the
    subject did, not what it is to do ("is to meet")."""
    if copula.lemma_.lower() not in _COPULAS:
        return False
    for child in copula.children:
        if child.dep_ == "attr" and _ranked(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "among" and any(
                o.dep_ == "pobj" and _ranked(o) for o in child.children):
            return True
    return False

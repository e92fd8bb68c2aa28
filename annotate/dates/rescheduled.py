"""A time an event or a deadline is moved to, or a deadline is set at: "The deadline was
extended to Thursday", "The hearing was postponed to Monday", "The vote was pushed back to
Tuesday", "The agency set a deadline of Thursday", "set a Thursday deadline". What is moved to a time, or must be done by
it, lies after the moving or setting, which news reports soon after it happens, so the time
is read as ahead of the story, as a time after "until" already is ("was postponed until
Friday", :func:`.tense._after_deadline_word`). The words are models/rescheduling_words.tsv.
The time a thing is moved FROM ("moved from Monday to Thursday") keeps its own reading, and
so does a past perfect ("had been postponed to Monday"), which :mod:`.tense` reads first."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..resources import read_groups

_PARTICLES = {"back", "up", "off", "forward", "over", "out"}
_NEW_TIME = {"to", "of", "through", "thru", "into"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return read_groups("rescheduling_words.tsv", "kind", "word")


def moved_to(span: Span) -> bool:
    """The expression is the new time after "to" ("through", "into") on a rescheduling verb
    (past its particle: "pushed back to"), the time after "of" on a deadline noun, or the day
    of a deadline a verb lays down."""
    doc = span.doc
    if span[0].lower_ == "the":
        return False
    if _deadline_laid_down(span):
        return True
    start = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "at" else 0)
    if start == 0:
        return False
    preposition = doc[start - 1]
    if preposition.lower_ not in _NEW_TIME or preposition.dep_ != "prep":
        return False
    head = preposition.head
    words = _words()
    if preposition.lower_ == "of":
        return head.lemma_.lower() in words["noun"]
    # "to", or the end of a stretch the event is drawn out to: "extended through Nov. 6",
    # "postponed into January"
    if head.lower_ in _PARTICLES and head.head.i != head.i:
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in words["verb"]


def _deadline_laid_down(span: Span) -> bool:
    """ "The agency set a Thursday deadline", "gave the family a Thursday deadline": the time
    modifies a deadline noun that a verb laying it down takes as object."""
    root = span.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "npadvmod") or noun.i == root.i \
            or noun.dep_ != "dobj":
        return False
    words = _words()
    return noun.lemma_.lower() in words["noun"] and noun.head.lemma_.lower() in words["setter"]


# Verbs whose "until" sets a deadline even in the simple past: "The court gave the family
# until Thursday", "The family had until Thursday", "allowed them until Friday".
_GRANTING = {"give", "have", "get", "grant", "allow"}


def lasted_until(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "The talks lasted until Friday", "Fighting went on until midnight": an active verb in
    the simple past tells of a situation that went on until the time, now past; not a verb
    that grants time ("gave the family until Thursday") or moves an event ("postponed the
    hearing until Friday"), nor a passive ("was given until Tuesday")."""
    if verb.tag_ != "VBD" or any(child.dep_ == "auxpass" for child in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma not in _GRANTING and lemma not in _words()["verb"]

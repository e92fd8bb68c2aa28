"""Words that schedule an event, which put the time they govern ahead of the story: the
scheduling verbs and adjectives ("is expected to meet Friday", "effective Feb. 1"), the nouns
of events an agenda sets a date for (models/scheduled_events.tsv), and the verbs that fix an
event's time with "for" ("the vote is set for Nov. 3", "the council set the vote for Nov. 3").
:mod:`.tense` and :mod:`.futurate` read them when they decide a clause's tense."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import read_table

# Verbs and adjectives that schedule what follows: "is scheduled to meet Friday", "planned a
# rally on Saturday", "effective Feb. 1", "payable Jan. 2".
SCHEDULING = {"schedule", "expect", "plan", "due", "intend", "prepare", "slate", "aim",
              "effective", "payable", "scheduled", "expected", "slated", "planned"}


# Verbs that fix the time of an event when passive and followed by "for" ("the vote is set for
# Nov. 3", "the hearing, reset for March"): what was fixed lies ahead, as with "scheduled".
# "call" fixes one too ("The union has called a strike for Monday", "a vote called for May").
# Only the present passive or the bare participle counts: a past "was set for March" may
# report a time now past. Active, the verb schedules only an event noun ("set the vote for
# Nov. 3", models/scheduled_events.tsv); "set a record for March" fixes nothing.
_FIXED_FOR = {"set", "reset", "fix", "book", "reschedule", "time", "pencil", "call"}


def fixed_for(span: Span, verb: Token) -> bool:
    """The expression is the object of "for" on a participle of ``_FIXED_FOR`` that is a
    present passive ("is set for"), modifies a noun ("the vote, set for Nov. 3") or heads an
    absolute clause ("With the vote set for Friday, ..."), or an
    active ``_FIXED_FOR`` verb schedules an event noun for it (:func:`sets_event_for`)."""
    if sets_event_for(span, verb):
        return True
    preposition = span.root.head
    if preposition.lower_ != "for" or span.root.dep_ != "pobj" or preposition.head.i != verb.i:
        return False
    if verb.lemma_.lower() not in _FIXED_FOR or verb.tag_ != "VBN":
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.tag_ == "VBD" for child in auxiliaries):
        return False  # "was set for March" may report a vote now past
    return verb.dep_ in ("acl", "amod") or _absolute_with(verb) \
        or any(child.dep_ == "auxpass" for child in auxiliaries)


def _absolute_with(verb: Token) -> bool:
    """ "With the vote set for Friday, ...": the participle of an absolute clause after
    "with", which the parser hangs on "with" or marks with it; it has no auxiliary of its
    own, as the participle of "the vote, set for Nov. 3" has none."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with" or verb.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ == "with" for child in verb.children)


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("scheduled_events.tsv"))


def sets_event_for(span: Span, verb: Token) -> bool:
    """ "The council set the vote for Nov. 3", "The judge set Nov. 3 for the trial": an active
    ``_FIXED_FOR`` verb whose object and "for" pair an event noun (models/scheduled_events.tsv)
    with the expression fixes when that event will be. Another object ("set a sales record for
    November") fixes no date."""
    if verb.lemma_.lower() not in _FIXED_FOR or verb.tag_ not in ("VBD", "VBP", "VBZ", "VBN") \
            or any(child.dep_ == "auxpass" for child in verb.children):
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    root = span.root
    events = event_nouns()
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        # "set the vote for Nov. 3": "for" hangs on the verb or on its object
        holder = root.head.head
        return any(obj.lemma_.lower() in events and holder.i in (verb.i, obj.i)
                   for obj in objects)
    if root.dep_ in ("dobj", "npadvmod") and root.head.i == verb.i:
        # "set Nov. 3 for the trial" (the parser often makes the date an npadvmod)
        return any(prep.lower_ == "for" and any(
            obj.dep_ == "pobj" and obj.lemma_.lower() in events for obj in prep.children)
            for prep in verb.children if prep.dep_ == "prep")
    return False

"""A time named after a complex preposition of anticipation ("Thousands arrived ahead of
Saturday's rally", "in time for Sunday's vote", "in preparation for Thursday's talks", "ahead
of Christmas"), or the day of an event a verb of prospect or of putting off takes ("were
awaiting Friday's ruling", "postponed Thursday's hearing", "braced for Saturday's rally"):
the event lies after the event of the clause, which news reports before the event it
anticipates, so the time is read as ahead of the story whatever the clause's tense. The words
are models/anticipation_prepositions.tsv. :mod:`.tense` reads a past perfect first ("had
arrived ahead of ..." stays in the past)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..resources import read_table


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[tuple[str, ...], ...]]:
    rows = read_table("anticipation_prepositions.tsv")
    return {kind: tuple(tuple(row["phrase"].split()) for row in rows if row["kind"] == kind)
            for kind in ("preposition", "verb", "for")}


def anticipated(span: Span) -> bool:
    """The expression (or the event noun it names the day of: "Saturday's rally") is the
    object of a preposition of anticipation."""
    doc = span.doc
    root = span.root
    words = _words()
    names_event_day = root.dep_ in ("poss", "compound") and root.head.i != root.i \
        and (root.dep_ == "compound" or span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
    if names_event_day and _awaited(root.head, words):
        return True
    if not (names_event_day and root.dep_ == "poss" and root.head.dep_ == "pobj") \
            and (root.dep_ != "pobj" or span[0].lower_ == "the"):
        return False
    before = tuple(token.lower_ for token in doc[max(0, span.start - 4):span.start])
    return any(before[-len(phrase):] == phrase for phrase in words["preposition"])


def _awaited(event, words) -> bool:  # type: ignore[no-untyped-def]
    """The event noun is the object of a verb of prospect or of putting off ("awaiting
    Friday's ruling"), or of "for" after a verb of preparing ("braced for Saturday's rally")."""
    head = event.head
    if event.dep_ == "dobj":
        return head.pos_ == "VERB" and (head.lemma_.lower(),) in words["verb"]
    if event.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        return (head.head.lemma_.lower(),) in words["for"]
    return False

"""A time named after a complex preposition of anticipation ("Thousands arrived ahead of
Saturday's rally", "in time for Sunday's vote", "in preparation for Thursday's talks", "ahead
of Christmas"): the event it names lies after the event of the clause, which news reports
before the event it anticipates, so the time is read as ahead of the story whatever the
clause's tense. The phrases are models/anticipation_prepositions.tsv. :mod:`.tense` reads a
past perfect first ("had arrived ahead of ..." stays in the past)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..resources import read_column


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in read_column("anticipation_prepositions.tsv"))


def anticipated(span: Span) -> bool:
    """The expression (or the event noun it names the day of: "Saturday's rally") is the
    object of a preposition of anticipation."""
    doc = span.doc
    root = span.root
    names_event_day = root.dep_ == "poss" and root.head.dep_ == "pobj" \
        and span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
    if not names_event_day and (root.dep_ != "pobj" or span[0].lower_ == "the"):
        return False
    before = tuple(token.lower_ for token in doc[max(0, span.start - 4):span.start])
    return any(before[-len(phrase):] == phrase for phrase in _phrases())

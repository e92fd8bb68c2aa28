"""Days that are part of a name: "the November 17 group", "the April 6 movement" (a group
named after a date) and "Tuesday Morning stores" (a business). TimeML 1.2.1 follows the TIDES
guidelines on proper names: a time expression inside a name is not marked, since the story
refers to the group or the business, not to that day.

Two cues, each read from the words right next to the candidate:
- a day (a weekday, or a month with its day) right before a noun of a group or a business
  (models/date_name_heads.tsv): "the November 17 group", "Tuesday Morning stores";
- a weekday followed by a capitalised part of the day inside a sentence written in lower case
  ("at Tuesday Morning"): AP lower-cases "morning" in a time ("Tuesday morning"), so the
  capital marks a name.
A day that places an event ("the Tuesday meeting", "the Christmas Day massacre") is left to
the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import read_table
from .timex import MONTHS, PARTS_OF_DAY, WEEKDAYS


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("date_name_heads.tsv"))


def _names_a_day(span: Span) -> bool:
    words = [t.lower_.rstrip(".") for t in span if t.lower_ not in ("the", "a", "an")]
    if any(w in WEEKDAYS for w in words):
        return True
    return any(w in MONTHS for w in words) and any(re.match(r"^\d{1,2}$", w) for w in words)


def _capitalised_part_of_day(token: Token) -> bool:
    """ "Morning" in "Tuesday Morning", inside a sentence mostly in lower case."""
    if token.lower_ not in PARTS_OF_DAY or not token.text[:1].isupper() or token.is_sent_start:
        return False
    words = [t for t in token.sent if t.is_alpha and len(t) > 3 and t.i != token.i
             and t.lower_ not in WEEKDAYS]
    lower = sum(t.is_lower for t in words)
    return lower > 0 and lower * 2 >= len(words)


def is_date_name(span: Span) -> bool:
    """True when the candidate is part of the name of a group or a business."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if _names_a_day(span):
        if after is not None and after.pos_ in ("NOUN", "PROPN") \
                and after.lemma_.lower() in _name_heads():
            return True
        if after is not None and _capitalised_part_of_day(after):
            return True
        if any(_capitalised_part_of_day(t) for t in span[1:]) \
                and any(t.lower_ in WEEKDAYS for t in span):
            return True
    return len(span) == 1 and _capitalised_part_of_day(span[0]) and before is not None \
        and before.lower_ in WEEKDAYS

"""A time expression that modifies the noun after it: "The year-ago results", "a fourth-quarter
charge", "a 20th century invention". The article before it belongs to that noun, the head of
the noun phrase, not to the time, so TimeML's TIMEX3 leaves it out ("year-ago", "20th
century"); the TimeBank and AQUAINT annotation writes it so in every such phrase. A time
before a noun of time ("the 1988 period", "the year-ago period") heads its own phrase and
keeps its article (:func:`annotate.dates.spans.extend_right` takes the noun in).
"""

from __future__ import annotations

from spacy.tokens import Span

from .timex import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS

# Nouns of time and the eras after a century ("the fourth century BC"), which belong to it.
_TIME_NOUNS = {"period", "periods", "span", "today", "tomorrow", "yesterday", "tonight", "bc",
               "b.c", "bce", "ad", "a.d", "ce", "c.e"}


def modifies_next_noun(span: Span) -> bool:
    """Whether the span's last word modifies (compound, amod, nmod) the noun right after it,
    a noun that is no time."""
    if span.end >= len(span.doc):
        return False
    after, last = span.doc[span.end], span[-1]
    word = after.lower_.rstrip(".")
    if word in _TIME_NOUNS or word.rstrip("s") in UNITS or word in MONTHS or word in WEEKDAYS \
            or word in SEASONS or word in PARTS_OF_DAY:
        return False
    return after.pos_ in ("NOUN", "ADJ", "PROPN") and last.dep_ in ("compound", "amod", "nmod") \
        and span.end <= last.head.i <= span.end + 2

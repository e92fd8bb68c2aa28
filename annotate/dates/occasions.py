"""A day judged as an occasion: "It was a big day for the city", "Tuesday is a historic day".

After an article, an adjective that judges what happened (models/
occasion_adjectives.tsv: importance, feeling, fortune) makes "day" an occasion, an event
spoken of, not a length of time (the model's reading, P1D) nor a day placed on the calendar;
the day meant, when there is one, is named elsewhere ("Tuesday"; "The big day came on
Saturday"). TimeML 1.2.1 reads the
phrase, not the word: it marks what refers to a time, a length or a recurrence. So the phrase
is no time expression. An adverb before the adjective ("a very big day") counts with it; an
adjective that measures or places the day ("a full day", "a single day", "a working day")
is not in the list, and such phrases keep their readings.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..resources import read_table


@lru_cache(maxsize=1)
def _occasion_adjectives() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("occasion_adjectives.tsv"))


def is_occasion_day(span: Span) -> bool:
    """ "a big day", "a very sad day", "the big day": an article, adverbs, at least one
    adjective of the list and "day", the span's last word."""
    if len(span) < 3 or span[0].lower_ not in ("a", "an", "the") or span[-1].lower_ != "day":
        return False
    adjectives = _occasion_adjectives()
    middle = span[1:-1]
    return any(token.lower_ in adjectives for token in middle) and all(
        token.lower_ in adjectives or token.pos_ == "ADV" for token in middle)

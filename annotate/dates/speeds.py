"""A speed, which holds a unit of time and is no time expression: "drove 80 miles an hour",
"winds of 120 kilometers per hour", "fell 30 feet a second". A distance per hour, minute or
second is a unit of measure (TimeML marks no expression of speed: the TimeML guidelines for
Spanish, TempEval-2010, section 3.2.3), so the "an hour" after a count of a unit of length
(models/distance_units.tsv) is no set of times, as the rate "$33 million a year" is.
A distance per day or longer ("walked 10 miles a day") tells how often or how much, and
stays a set."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from ..resources import read_column

# The units of time a speed is measured in.
_SPEED_UNITS = {"hour", "minute", "second"}


@cache
def _distance_units() -> frozenset[str]:
    return frozenset(read_column("distance_units.tsv", lower=True))


def is_speed(span: Span) -> bool:
    """ "80 miles an hour": "an hour" (or "per second") right after a unit of length."""
    if len(span) != 2 or span[0].lower_ not in ("a", "an", "per") \
            or span[1].lower_ not in _SPEED_UNITS or span.start == 0:
        return False
    return span.doc[span.start - 1].lower_ in _distance_units()

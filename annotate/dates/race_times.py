"""A clock figure after "in" is a running time, how long a race or a task took ("ran the mile
in 3:49", "won the 1,500 meters in 4:02"), not a time of day: a time of day is told "at" it
("at 3:49 p.m."). AP style writes race times in figures with colons, minutes and seconds for
a two-part figure ("3:49", "3:49.2") and hours, minutes and seconds for a three-part one
("2:08:31"). TimeML 1.2.1 types a length of time as a DURATION (PT3M49S).

A two-part figure with "a.m."/"p.m." or a zone after it stays a clock time ("in 10:15 a.m.
trading" has no such figure on its own)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .spans import Candidate
from .timex.clock import RUNNING_TIME

_MINUTES_SECONDS = re.compile(r"^\d{1,2}:[0-5]\d$")
_CLOCK_AFTER = re.compile(r"^(?:[ap]\.?m\.?|gmt|utc|[a-z]?[ecmp][sd]t|local|o'clock)$",
                          re.IGNORECASE)


def is_race_time(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a two-part figure ("3:49") told "in", with no clock word after."""
    if i == 0 or not _MINUTES_SECONDS.match(doc[i].text) or doc[i - 1].lower_ != "in":
        return False
    return i + 1 >= len(doc) or not _CLOCK_AFTER.match(doc[i + 1].text)


def race_times(candidates: list[Candidate]) -> list[Candidate]:
    """Each candidate that is one such figure, read as minutes and seconds ("3:49.0", the
    running-time form the normaliser reads as PT3M49S). A running time the model tagged with
    the date after it ("in 2:08:31 last year") is two expressions, a length and a date."""
    read = []
    for candidate in candidates:
        span = candidate.span
        first = span.doc[span.start]
        race = is_race_time(span.doc, span.start)
        told_at = span.start > 0 and span.doc[span.start - 1].lower_ in ("at", "by", "until")
        if len(span) > 1 and (race or RUNNING_TIME.match(first.text) and not told_at):
            read.append(Candidate(span[:1], f"{first.text}.0" if race else first.text))
            rest = span[1:]
            read.append(Candidate(rest, rest.text))
        elif len(span) == 1 and race:
            read.append(Candidate(span, f"{span.text}.0"))
        else:
            read.append(candidate)
    return read

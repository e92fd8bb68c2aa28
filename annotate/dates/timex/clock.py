"""Times of day: clock times ("5 p.m."), noon and midnight, parts of the day ("morning"), and a
day read together with the time the expression gives."""

from __future__ import annotations

import re
from datetime import date

from .reading import Timex
from .vocabulary import PARTS_OF_DAY
from .words import WORD

CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=\s|$|[,.;])")


def part_of_day(words: list[str]) -> str | None:
    for word in words:
        if word in PARTS_OF_DAY:
            return PARTS_OF_DAY[word]
    return None


def with_time(clean: str, day: date | None, anchor: str | None) -> Timex:
    """A day, plus the clock time or part of the day the expression gives."""
    clock = CLOCK.search(clean)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    if clock:
        hour = int(clock[1]) % 12 + (12 if clock[3].startswith("p") else 0)
        minute = int(clock[2] or 0)
        return Timex("TIME", f"{prefix}T{hour:02d}:{minute:02d}" if day else None, "time", anchor, day)
    if re.search(r"\b(?:high )?noon\b|\bmidday\b", clean):  # not "afternoon"
        return Timex("TIME", f"{prefix}T12:00" if day else None, "time", anchor, day)
    if re.search(r"\bmidnight\b", clean):
        return Timex("TIME", f"{prefix}T24:00" if day else None, "time", anchor, day)
    part = part_of_day(WORD.findall(clean))
    if part:
        return Timex("TIME", f"{prefix}T{part}" if day else None, "time", anchor, day)
    return Timex("DATE", day.isoformat() if day else None, "day", anchor, day)

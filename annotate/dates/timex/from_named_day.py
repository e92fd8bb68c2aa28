"""A day counted from a day the expression names: "the day after Christmas", "the day before
Election Day", "two days after Thanksgiving", "three days before Sept. 11".

TimeML 1.2.1 guidelines (TIMEX3, anchored expressions): an expression that places a day by its
distance from another named day is one DATE whose value is the day it places (the day after
Christmas 2026 is 2026-12-26), not a DURATION of the distance and a separate DATE; "a week
from Monday" is read so already (chain.py). Only a named day that reads as a calendar day
counts: "the day after the election" names an event, and is left to the other rules;
"tomorrow", "today" and "yesterday" are the relative rules' ("the day after tomorrow").
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Callable

from .reading import Context, Timex
from .words import number

_FROM_NAMED_DAY = re.compile(r"^(the|a|an|one|\S+) days? (after|before) "
                             r"(?!(?:tomorrow|today|yesterday|that|this)$)(.+)$")

Read = Callable[..., Timex]


def rule_from_named_day(clean: str, context: Context, read: Read) -> Timex | None:
    """The day ``clean`` places from the day it names, read with ``read`` (the normaliser)."""
    match = _FROM_NAMED_DAY.match(clean)
    if not match:
        return None
    amount = 1 if match[1] in ("the", "a", "an") else number(match[1])
    if amount is None or amount != int(amount) or amount < 1:
        return None
    day = read(match[3], context.reference, context.previous, context.tense, context.mentioned)
    if day.type != "DATE" or day.granularity != "day":
        return None
    if day.day is None:
        return Timex("DATE", None, "day", day.anchor)
    moved = day.day + timedelta(days=int(amount) * (1 if match[2] == "after" else -1))
    return Timex("DATE", moved.isoformat(), "day", day.anchor, moved)

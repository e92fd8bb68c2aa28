"""A clock time before a set: "9:30 every day", "9 a.m. each day", "noon every Sunday". The
phrase recurs, so it is a SET (TimeML 1.2.1: a TIMEX3 SET names a recurring time), read as
the set after the clock time is read ("every day", P1D; "every Sunday", XXXX-WXX-7), as the
layer already reads the same words in the other order ("every day at 9 a.m."). Before, the
figures were counted ("9:30 every day" was a DURATION of 30 days) or the set was lost (TIME)."""

from __future__ import annotations

import re
from typing import Callable

from .reading import Context, Timex

_CLOCK_THEN_SET = re.compile(r"^(?:\d{1,2}(?::\d\d(?: ?[ap]\.?m\.?)?| ?[ap]\.?m\.?)|"
                             r"noon|midnight|midday) "
                             r"((?:every|each) .+)$")

Read = Callable[..., Timex]


def rule_clock_set(clean: str, context: Context, read: Read) -> Timex | None:
    """The set a clock time before "every"/"each" recurs in (see the module)."""
    match = _CLOCK_THEN_SET.match(clean)
    if not match:
        return None
    reading = read(match[1], context.reference, context.previous, context.tense,
                   context.mentioned)
    return reading if reading.type == "SET" else None

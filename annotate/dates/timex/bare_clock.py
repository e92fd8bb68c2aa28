"""A clock time with no half of the day: "9:30", "nine o'clock" (written "9 o'clock" by
:func:`.words.clean_text`), "half past nine" (written "9:30"). It names a time of day, so it is
a TIME, with the day after it too ("nine o'clock Thursday") (TimeML 1.2.1: TIMEX3 types as TIME whatever names a time of the day); the hour may be
in either half of the day, so, as before, no value is given (only the type was DATE)."""

from __future__ import annotations

import re

from .reading import Timex

_BARE_CLOCK = re.compile(r"^(?:(?:at|about|around) )?(?:1[0-2]|0?[1-9])(?::[0-5]\d| o'clock)"
                         r"(?:,? (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                         r"sunday|today|tomorrow|yesterday))?$")


def rule_bare_clock(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """TIME without a value for a bare clock time (see the module)."""
    return Timex("TIME", None, "time") if _BARE_CLOCK.match(clean) else None

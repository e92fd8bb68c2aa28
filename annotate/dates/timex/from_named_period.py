"""A single period before or after the period the story named last: "He was arrested in 1995.
The year before, ..." is 1994 and "the year after" 1996, as "a year later" (relative.py's
rule_counted_from_period) already was.

TimeML/TIMEX3 1.2.1 values such a phrase as a temporal function whose anchor is the time the
text last set (anchorTimeID), not the document's date: the story's date is its anchor only when
the text has set no other time. The unit is one the named period can step by, a month or
longer; "the day before", "the week after" keep counting from the last day the story placed."""

from __future__ import annotations

from .reading import Context, Timex
from .relative import period_start
from .values import GRANULARITY_OF_UNIT, format_value, shift
from .words import unit_of

_STEPS = {"later": 1, "after": 1, "earlier": -1, "before": -1}
_UNITS = {"month", "quarter", "year", "decade", "century"}
_SIZES = ("day", "week", "month", "quarter", "year", "decade", "century")


def rule_period_from_named(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the year before", "the month after", "the decade earlier": one period stepped from
    the period the story named last (after its last day), at no finer a granularity."""
    if len(words) != 3 or words[0] != "the" or words[2] not in _STEPS:
        return None
    unit = unit_of(words[1])
    last = context.mentioned.get("last")
    if unit not in _UNITS or not last:
        return None
    base = period_start(last)
    if base is None:
        return None
    start, size = base
    granularity = max(GRANULARITY_OF_UNIT[unit], size, key=_SIZES.index)
    day = shift(start, _STEPS[words[2]], unit)
    return Timex("DATE", format_value(day, granularity), granularity, "mentioned:last")

"""Times of day: clock times ("5 p.m."), noon and midnight, parts of the day ("morning"), and a
day read together with the time the expression gives.

A day with a part of the day ("Friday night", "Thursday morning", "tonight") is a TIME whose
value keeps the part (2000-01-07TNI): the TIMEX3 value grammar has a part of the day after the
date, and TimeML types as TIME whatever names a time of the day, however vague. AQUAINT's gold
often writes such phrases as a DATE with the day alone; that convention is not followed."""

from __future__ import annotations

import re
from datetime import date

from .reading import Timex
from .vocabulary import PARTS_OF_DAY
from .words import WORD, number

CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=\s|$|[,.;])")
# A 24-hour clock time: "06:00 GMT", "14:30 local time", "0600 GMT", "18:45"; only with a
# zone, a leading zero or an hour past 12 (a bare "6:30" may be either half of the day). A
# figure with seconds ("1:58:20") is a running time (:data:`RUNNING_TIME`), not a clock time.
ZONE = r"(?:gmt|utc|[a-z]?[ecmp][sd]t|bst|cet|cest|local time|local|hours|hrs|h)\b"
CLOCK_24 = re.compile(
    rf"\b(?:(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![:.]\d)(?=\s*(?P<zone>{ZONE})?)"
    rf"|(?P<hour4>[01]\d|2[0-3])(?P<minute4>[0-5]\d)(?=\s*{ZONE}))")
# A race or running time: hours, minutes and seconds ("won in 1:58:20"), or minutes and
# seconds with their fraction ("ran 3:43.13").
RUNNING_TIME = re.compile(r"^(?:(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)|(\d{1,2}):([0-5]\d\.\d+))$")


def clock_24(clean: str) -> tuple[int, int] | None:
    """The hour and minute of a 24-hour clock time in ``clean``, when it is one."""
    for match in CLOCK_24.finditer(clean):
        if match["hour4"]:
            return int(match["hour4"]), int(match["minute4"])
        hour = match["hour"]
        if match["zone"] or hour.startswith("0") or int(hour) > 12:
            return int(hour), int(match["minute"])
    return None


def part_of_day(words: list[str]) -> str | None:
    for word in words:
        if word in PARTS_OF_DAY:
            return PARTS_OF_DAY[word]
    return None


def with_time(clean: str, day: date | None, anchor: str | None) -> Timex:
    """A day, plus the clock time or part of the day the expression gives."""
    clock = CLOCK.search(clean)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    twenty_four = None if clock else clock_24(clean)
    if clock or twenty_four:
        hour, minute = twenty_four or (int(clock[1]) % 12 + (12 if clock[3].startswith("p") else 0),
                                       int(clock[2] or 0))
        return Timex("TIME", f"{prefix}T{hour:02d}:{minute:02d}" if day else None, "time", anchor, day)
    if re.search(r"\b(?:high )?noon\b|\bmidday\b", clean):  # not "afternoon"
        return Timex("TIME", f"{prefix}T12:00" if day else None, "time", anchor, day)
    if re.search(r"\bmidnight\b", clean):
        return Timex("TIME", f"{prefix}T24:00" if day else None, "time", anchor, day)
    part = part_of_day(WORD.findall(clean))
    if part:
        return Timex("TIME", f"{prefix}T{part}" if day else None, "time", anchor, day)
    return Timex("DATE", day.isoformat() if day else None, "day", anchor, day)


# A minute of an hour the expression does not name: "five past the hour", "a quarter to the
# hour", "10 minutes after the hour". It is a clock time (TIME), not a stretch of five hours;
# TIMEX3 writes the hour it leaves open with X.
_OF_THE_HOUR = re.compile(r"^(?:at )?(?:a |an )?(\w+)(?: minutes?)? (past|after|to|before) "
                          r"the (?:top of the )?hour$")
# "the top of the hour" is minute 00 of an hour it leaves open (TXX:00), a clock point like
# "five past the hour", not a stretch of one hour (PT1H).
_TOP_OF_THE_HOUR = re.compile(r"^(?:at )?the top of the hour$")


def rule_minute_of_hour(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """ "five past the hour" is minute 05 of an unnamed hour, on the day the story last placed,
    else on its own day; "the top of the hour" is its minute 00 (TIMEX3 TIME, TXX:00)."""
    match = _OF_THE_HOUR.match(clean)
    if _TOP_OF_THE_HOUR.match(clean):
        minute = 0
    elif not match:
        return None
    else:
        amount = {"quarter": 15.0, "half": 30.0}.get(match[1], number(match[1]))
        if amount is None or not 0 < amount < 60:
            return None
        minute = int(amount) if match[2] in ("past", "after") else 60 - int(amount)
    day = previous or reference
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Timex("TIME", f"{prefix}TXX:{minute:02d}", "time", "previous" if previous else
                 "reference" if reference else None, day)

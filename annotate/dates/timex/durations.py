"""Durations and sets: how long ("three years", "a roughly hourlong call", "several days",
"won in 1:58:20") and how often ("daily", "every other week", "Tuesday nights").

DATE or DURATION (TimeML 1.2.1 guidelines, TIMEX3 ``type``): what decides is what the phrase
measures, not whether its value could be placed on a calendar. A phrase that says how long
something lasts is a DURATION ("for three years", "a two-week visit", "the past three weeks",
"a running time of 1:58:20"). A phrase that names when something happens is a DATE, even
when it is counted in units from another time ("two weeks earlier", "five years from now",
"three days ago", "the coming century": a period placed before or after an anchor). Unplaced
vague stretches counted back from now or ahead of it ("the past few weeks", "the coming
days") are REF values, as TimeBank has them more often than not (a DURATION PXW reading was
tried and lost more on the half it was not tuned on than it gained; "recent weeks" and "the
next few days" stay vague DURATIONs, PXW and PXD, as TimeBank has them). A count left open
after the unit ("a year or two", "a week or two") is a vague DURATION as well (PXY, PXW).
An uncounted stretch placed just before or after an event ("in the weeks before the vote",
"the days after the flood") says when, so it is a DATE too (TimeBank types it so), valued at
the calendar period that holds it: the month of the last date the story placed for days and
weeks, its year for months. Its value is a guess at that month (the event's own date is
rarely the last one placed, and TimeBank values such stretches by month or by season); the
type is what the guidelines decide. "In the days that followed" has no event after it and
stays a vague DURATION (PXD). One period of a series counted by an ordinal ("the fifth
straight day", "its third week", "the second month in a row") names that period, a DATE
(TimeBank: "the eighth day" of an operation is the day the story is written on), valued as
"the day" or "the week" would be; a count of periods ("the first nine months") stays a
DURATION.
Phrases headed by an event noun ("her first term in office", "during the occupation") name
an event, not a time, and are no time expression at all. Nor is a whole period counted out in
its own parts and then per that period ("open 24 hours a day, seven days a week", "365 days
a year"): an idiom for "all the time", it measures no stretch and repeats nothing, and
TimeBank leaves it unmarked ("12 hours a day" stays a DURATION and a SET).

SET values (TIMEX3 sets, by the guidelines' examples): a frequency word is the period it
repeats over ("daily" P1D, "weekly" P1W, "monthly" P1M, "quarterly" P3M, "yearly" and
"annually" P1Y, "hourly" PT1H; "every two weeks" P2W, "every other week" P2W, and with the
count left open "every few years" PXY, as a vague duration writes it); a recurring
calendar point keeps its calendar value with X for the unspecified parts ("every Tuesday"
XXXX-WXX-2, "Tuesday nights" XXXX-WXX-2TNI, "every March" XXXX-03, "each spring" XXXX-SP,
"every evening" XXXX-XX-XXTEV, "every weekend" XXXX-WXX-WE); a rate ("$5 million a year") is
read as "per year", P1Y. Rates stay sets: TimeBank marks them (as SET P1Y) about as often as
it leaves them out, and only speed ("60 miles an hour") is listed as non-markable in the
TempEval-2010 guidelines' contents.
"""

from __future__ import annotations

import re

from .clock import RUNNING_TIME, part_of_day
from .reading import Timex
from .values import duration_value
from .vocabulary import MONTHS, PARTS_OF_DAY, SEASONS, VAGUE_NUMBERS, WEEKDAYS
from .words import number, unit_of

SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
        "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}


def rule_set(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    if clean in SETS:
        return Timex("SET", SETS[clean])
    plural_day = re.match(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?)"
                          r"(?: (morning|afternoon|evening|night)(s?))?$", clean)
    if plural_day and (plural_day[2] or plural_day[4]):  # "Tuesday nights": every Tuesday night
        part = PARTS_OF_DAY.get(plural_day[3] or "")
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[plural_day[1]] + 1}" + (f"T{part}" if part else ""))
    again = re.match(r"^(\w+) after \1$", clean)
    if again and unit_of(again[1]):  # "year after year", "week after week": again each period
        return Timex("SET", duration_value(1, unit_of(again[1])))
    counted = re.match(r"^(?:once|twice|(?:a )?\w+ times) (?:a|an|per|every|each) (\w+)$", clean)
    if counted and unit_of(counted[1]):  # "four times a week": the period it repeats over
        return Timex("SET", duration_value(1, unit_of(counted[1])))
    if words[0] in ("every", "each", "per"):
        rest = words[1:]
        if len(rest) > 1 and rest[0] == "other" and (rest[1] in MONTHS or rest[1] in SEASONS
                                                     or rest[1] in WEEKDAYS):
            rest = rest[1:]  # "every other Friday" recurs on Fridays (each second one)
        if rest and rest[0] in MONTHS:
            day = re.match(r"^(\d{1,2})$", rest[1]) if len(rest) == 2 else None
            if day and 1 <= int(day[1]) <= 31:
                # "every May 1", "each Dec. 25": a day of the calendar, each year
                return Timex("SET", f"XXXX-{MONTHS[rest[0]]:02d}-{int(day[1]):02d}")
            return Timex("SET", f"XXXX-{MONTHS[rest[0]]:02d}")
        if rest and rest[0] in SEASONS:  # "each spring"
            return Timex("SET", f"XXXX-{SEASONS[rest[0]]}")
        if rest and rest[0] == "weekend":
            return Timex("SET", "XXXX-WXX-WE")
        if rest and rest[0] in PARTS_OF_DAY and words[0] != "per":  # "every evening"
            return Timex("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[rest[0]]}")
        if rest and rest[0] in WEEKDAYS:
            part = part_of_day(rest)
            return Timex("SET", f"XXXX-WXX-{WEEKDAYS[rest[0]] + 1}" + (f"T{part}" if part else ""))
        amount = 1.0
        if rest and number(rest[0]) is not None:
            amount, rest = number(rest[0]) or 1.0, rest[1:]
        if rest and rest[0] in ("other",):
            amount, rest = 2.0, rest[1:]
        vague = len(rest) > 1 and rest[0] in ("few", "several", "many")
        if vague and words[0] != "per":  # "every few years": a period of an unknown count, PXY
            rest = rest[1:]
        if rest and unit_of(rest[0]):
            return Timex("SET", duration_value(None if vague else amount, unit_of(rest[0])))
    return None


# "1 hour 20 minutes", "14 hours and 30 minutes", "three years, six months": one stretch
# given in two units, the larger first (TimeML writes it as one value, PT1H20M, P3Y6M).
_COMPOUND = re.compile(r"^(?:(?:about|nearly|almost|more than|less than|just|over) )?"
                       r"(\S+) (\w+?),? (?:and )?(\S+) (\w+?)$")
_UNIT_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def _compound_duration(clean: str) -> Timex | None:
    match = _COMPOUND.match(clean)
    if not match:
        return None
    first, second = number(match[1]), number(match[3])
    units = unit_of(match[2]), unit_of(match[4])
    if first is None or second is None or not all(u in _UNIT_ORDER for u in units) \
            or _UNIT_ORDER.index(units[0]) >= _UNIT_ORDER.index(units[1]) \
            or first != int(first) or second != int(second):
        return None
    if units == ("week", "day"):  # ISO 8601 does not mix weeks with other units: P17D
        return Timex("DURATION", duration_value(first * 7 + second, "day"))
    parts = [duration_value(first, units[0]), duration_value(second, units[1])]
    dates = "".join(p[1:].split("T")[0] for p in parts)
    times = "".join(p.split("T")[1] for p in parts if "T" in p)
    return Timex("DURATION", f"P{dates}" + (f"T{times}" if times else ""))


def rule_duration(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """three years; a roughly hourlong call; 72 hours; the past two weeks; several days;
    1 hour 20 minutes (PT1H20M)."""
    compound = _compound_duration(clean)
    if compound is not None:
        return compound
    for i, word in enumerate(words):
        unit = unit_of(word)
        if unit is None or unit == "weekend":
            continue
        before = words[:i]
        if words[i + 1:i + 2] == ["or"] and len(words) > i + 2 and number(words[i + 2]) \
                is not None and number(words[i + 2]) != 1:
            # "a year or two": a count the expression leaves open between two figures
            return Timex("DURATION", duration_value(None, unit))
        numbers = [number(w) for w in before if number(w) is not None]
        if any(w in ("few", "several", "many") for w in before[-2:]) \
                and all(w in ("a", "an") for w in before if number(w) is not None):
            numbers = []  # "a few days", "just a few minutes": an unknown count
        if word.endswith(("slong", "s-long")):  # "a monthslong standoff": some months
            return Timex("DURATION", duration_value(None, unit))
        if "long" in word:  # "hourlong" names one unit
            return Timex("DURATION", duration_value(numbers[-1] if numbers else 1, unit))
        if numbers:
            amount = sum(n for n in numbers[-2:] if n == 0.5) + max(
                (n for n in numbers[-2:] if n != 0.5), default=0)
            if "half" in before and amount > 1 and numbers[-1] == 0.5:
                amount = numbers[-2] + 0.5 if len(numbers) > 1 else amount
            return Timex("DURATION", duration_value(amount, unit))
        if any(w in VAGUE_NUMBERS for w in before) or word.endswith("s"):
            return Timex("DURATION", duration_value(None, unit))
        return Timex("DURATION", duration_value(1, unit))
    return None


def rule_running_time(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """ "won the race in 1:58:20", "ran 3:43.13": a running time is how long it took."""
    match = RUNNING_TIME.match(clean)
    if not match:
        return None
    hours, minutes, seconds = (match[1], match[2], match[3]) if match[1] else (
        None, match[4], match[5])
    value = "PT" + (f"{int(hours)}H" if hours and int(hours) else "") \
        + (f"{int(minutes)}M" if int(minutes) else "") \
        + (f"{float(seconds):g}S" if float(seconds) else "")
    return Timex("DURATION", value)

"""The entry point, :func:`normalise`, and the ordered chain of rules it tries.

The rules that read a part of their expression again through :func:`normalise` live here too,
so that no rule module imports this one: a clock time and its day ("5 p.m. Tuesday"), the eve
of a day, a period ended on a day ("the quarter ended Sept. 30"), the week of a day, and the
half of a year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Mapping

from .anaphora import (
    rule_anaphoric,
    rule_ordinal_period,
    rule_point,
    rule_year_ago,
    rule_year_period,
)
from .clock import CLOCK, CLOCK_24, clock_24, rule_minute_of_hour, with_time
from .clock_sets import rule_clock_set
from .days import rule_calendar, rule_dateparser, rule_holiday, rule_iso
from .durations import rule_duration, rule_running_time, rule_set
from .from_named_day import rule_from_named_day
from .from_named_period import rule_period_from_named
from .millennia import rule_millennium
from .periods import rule_century, rule_decade, rule_quarter, rule_season, rule_year
from .reading import Context, Timex
from .refs import rule_ref_words
from .relative import (
    calendar_start,
    rule_ago_later,
    rule_counted_from_period,
    rule_named_period,
    rule_part_of_day,
    rule_relative_day,
    rule_weekend,
)
from .values import GRANULARITY_OF_UNIT, format_value, quarter_value, shift, week_value
from .words import WORD, clean_text, number, strip_modifiers, unit_of


def normalise(text: str, reference: date | None, previous: date | None = None,
              tense: str = "past", mentioned: Mapping[str, str] | None = None) -> Timex:
    """Return the TIMEX3 reading of ``text``.

    ``reference`` is the story's date; ``previous`` the last day the story placed on the
    calendar (for "two days later"); ``tense`` ("past", "present", "future") is that of the
    clause, which decides which Monday "Monday" is. ``mentioned`` maps a granularity ("year",
    "quarter", "month", ...) to the last value of that granularity in the story, for "that
    year" or "a year earlier" after "the third quarter". Relative values stay None without the
    date they depend on.
    """
    clean = clean_text(text)
    words = WORD.findall(clean)
    if not words:
        return Timex("DATE", None)
    context = Context(reference, previous, tense, mentioned or {})
    result = rule_ref_words(clean, words, reference, previous, tense)
    part = _PART_OF_LONG_PERIOD.match(clean)
    if result is None and part:
        # "the end of the century", "the start of the decade": a part of a period is a point
        # in it (TIMEX3 writes the period, with mod END/START), so the period is the one the
        # story is in, as for "the end of the year"; the bare unit stays a length
        clean = f"this {part[1]}"
    if result is None:
        stripped = strip_modifiers(clean)
        result = _apply_rules(stripped, context) if stripped != clean else None
        if result is None or result.value is None and stripped != clean:
            whole = _apply_rules(clean, context)
            # "earlier in the day" with no date to place it stays a DATE without a value: a
            # modifier placing a part of a period never makes the phrase a length
            if not (result is not None and result.type in ("DATE", "TIME") and whole is not None
                    and whole.type == "DURATION"):
                result = whole or result
    return result or Timex("DATE", None)


_PART_OF_LONG_PERIOD = re.compile(r"^(?:the )?(?:very )?(?:end|beginning|start|middle|close) of "
                                  r"the (decade|century|millennium)$")


def _apply_rules(clean: str, context: Context) -> Timex | None:
    words = WORD.findall(clean)
    if not words:
        return None
    for rule in _CONTEXT_RULES:
        result = rule(clean, words, context)
        if result is not None:
            return result
    for rule in _RULES:
        result = rule(clean, words, context.reference, context.previous, context.tense)
        if result is not None:
            return result
    return None


def _rule_clock(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """A clock time, with the day it names ("06:00 GMT Tuesday", "5 p.m. EST, Nov. 6"; a zone
    spelled out as a broadcast says it, "8 p.m. Eastern time", is read as "EST" is), else
    on the day the story last placed ("9:30 p.m." after "Friday night"), else on the story's
    own day; with neither, no value (a clock time alone never gives a date)."""
    twenty_four = clock_24(clean)
    if not (CLOCK.search(clean) or twenty_four or {"noon", "midday", "midnight"} & set(words)):
        return None
    rest = CLOCK.sub(" ", clean)
    if twenty_four:
        rest = CLOCK_24.sub(" ", rest)
    rest = re.sub(r"\b(noon|midday|midnight|[a-z]?[ecmp][sd]t|gmt|utc|bst|cest|cet|local time|local|"
                  r"hours|hrs|o'clock|about|around|eastern|central|mountain|pacific|standard|"
                  r"daylight|time|"
                  r"at|on|by|approximately|roughly|shortly after|shortly before|until)\b", " ", rest)
    rest = rest.strip(" ,.-")
    if not rest:  # a bare clock time: on the day the story last placed, else its own day
        if previous is not None:
            return with_time(clean, previous, "previous")
        if reference and tense == "past" and "midnight" in words:
            # "The curfew began at midnight": the midnight that opened the story's day, the
            # end of the day before (TIMEX3 writes midnight as T24:00 of the day it ends)
            return with_time(clean, reference - timedelta(days=1), "reference")
        return with_time(clean, reference, "reference") if reference else Timex(
            "TIME", None, "time")
    if rest == clean:  # nothing was a clock word ("0noon"): reading it again would never end
        return Timex("TIME", None, "time")
    day_reading = normalise(rest, reference, previous, tense)
    if day_reading.day is not None:
        return with_time(clean, day_reading.day, day_reading.anchor)
    return Timex("TIME", None, "time")


_PERIOD_END = re.compile(r"^(?P<period>.+?) (?P<verb>ended|ending|that ended|which ended|"
                         r"that ends|which ends) (?P<end>.+)$")


def _rule_eve(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the eve of Election Day": the day before a day the story can place; an event's eve
    ("the eve of the invasion") has no calendar value of its own."""
    match = re.match(r"^the eve of (.+)$", clean)
    if not match:
        return None
    day = normalise(match[1], context.reference, context.previous, context.tense,
                    context.mentioned)
    if day.day is None or day.granularity != "day":
        return Timex("DATE", None, "day", None)
    eve = day.day - timedelta(days=1)
    return Timex("DATE", eve.isoformat(), "day", day.anchor, eve)


def _rule_period_ending(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the quarter ended Sept. 30" (a quarter, placed by its last day); "the six months
    ended Oct. 1" (a count of months: a duration)."""
    match = _PERIOD_END.match(clean)
    if not match:
        return None
    # "ended" puts the last day in the past; "ending" and "that ends" leave it to the clause:
    # "will report results for the quarter ending June 30" is the coming June 30.
    tense = "past" if match["verb"].endswith("ended") else context.tense
    end = normalise(match["end"], context.reference, context.previous, tense)
    period = match["period"]
    if re.search(r"\bquarter\b", period) and not re.search(r"\b(?:\d+|two|three|four|six|nine)\b", period):
        if end.day is None:
            return Timex("DATE", None, "quarter", end.anchor)
        # A quarter the story numbers keeps its number, as TimeML values fiscal quarters ("its
        # fourth quarter ended June 30" is Q4 of that year); an unnumbered one is the calendar
        # quarter holding most of the three months up to its last day.
        number = next((n for w, n in _ORDINAL_QUARTERS.items() if re.search(rf"\b{w}\b", period)),
                      None)
        if number is not None:
            return Timex("DATE", f"{end.day.year}-Q{number}", "quarter", end.anchor)
        return Timex("DATE", quarter_value(end.day - timedelta(days=45)), "quarter", end.anchor)
    named = rule_year(period, WORD.findall(period), context.reference, context.previous,
                      context.tense)  # "the 1989 fiscal year ended Sept. 30" is 1989
    return named or rule_duration(period, WORD.findall(period), context.reference,
                                  context.previous, context.tense)


_AGO_THIS = re.compile(r"^(?P<ago>.+) ago (?P<when>this|next|last) (?P<unit>week|month|year)$")


def _rule_ago_this_period(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "three years ago this month", "30 years ago next month": an anniversary, a DATE. The
    period named last ("next month": May 2026) is counted back by the stretch before "ago",
    at that period's granularity (May 1996), not read as the length of the stretch."""
    match = _AGO_THIS.match(clean)
    if not match:
        return None
    period = normalise(f"{match['when']} {match['unit']}", context.reference, None,
                       context.tense)
    stretch = WORD.findall(match["ago"])
    amounts = [number(w) for w in stretch if number(w) is not None]
    unit = unit_of(stretch[-1]) if stretch else None
    start = calendar_start(period.value)
    if not amounts or unit not in GRANULARITY_OF_UNIT or period.granularity is None:
        return None
    if start is None:
        return Timex("DATE", None, period.granularity, "reference")
    if period.granularity == "week":
        start += timedelta(days=3)  # a week's Thursday decides its year (ISO 8601)
    day = shift(start, -int(amounts[-1]), unit)
    return Timex("DATE", format_value(day, period.granularity), period.granularity, "reference")


_ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                     "fourth": 4, "4th": 4}


def _rule_week_of(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the week of March 6": the calendar week holding that day."""
    match = re.match(r"^(?:the )?week of (.+)$", clean)
    if not match:
        return None
    day = normalise(match[1], context.reference, context.previous, context.tense,
                    context.mentioned)
    if day.day is None:
        return Timex("DATE", None, "week", day.anchor)
    return Timex("DATE", week_value(day.day), "week", day.anchor)


_COUNTED_FROM_DAY = re.compile(r"^(a|an|one|\S+) (day|week|month|year)s? from (?!now$|today$)(.+)$")


def _rule_counted_from_day(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "a week from Monday", "two days from Jan. 5": a day counted forward from the day named
    after "from" is one DATE (TIMEX3: that day plus the stretch, Monday 2026-04-20 -> a week on,
    2026-04-27), not a DURATION and a separate DATE. Only when the part after "from" names a
    day; "from now" / "from today" are rule_ago_later's."""
    match = _COUNTED_FROM_DAY.match(clean)
    if not match:
        return None
    amount = number(match[1])
    if amount is None or amount != int(amount):
        return None
    day = normalise(match[3], context.reference, context.previous, context.tense,
                    context.mentioned)
    if day.type != "DATE" or day.granularity != "day":
        return None
    if day.day is None:
        return Timex("DATE", None, "day", day.anchor)
    moved = shift(day.day, int(amount), match[2])
    return Timex("DATE", moved.isoformat(), "day", day.anchor, moved)


def _rule_clock_set(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "9:30 every day": :mod:`.clock_sets`, reading the set here."""
    return rule_clock_set(clean, context, normalise)


def _rule_from_named_day(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the day after Christmas": :mod:`.from_named_day`, reading the named day here."""
    return rule_from_named_day(clean, context, normalise)


_HALF = re.compile(r"^(?:the )?(?:(first|front|second|last|latter|back)[- ]half|"
                   r"(first|last) two quarters)(?: of (.+))?$")


def _rule_half(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the first half of 1990" is 1990-H1, "the last half of the '80s" the decade; a half
    without its year is one of the year the story last named, else of the story's year (the
    year before for a second half not yet begun, in a past clause)."""
    match = _HALF.match(clean)
    if not match:
        return None
    half = 1 if (match[1] or match[2]) in ("first", "front") else 2
    if match[3]:
        whole = normalise(match[3], context.reference, context.previous, context.tense,
                          context.mentioned)
        if whole.granularity == "year" and whole.value and whole.value.isdigit():
            return Timex("DATE", f"{whole.value}-H{half}", "half", whole.anchor)
        if whole.type == "DATE" and whole.granularity in ("decade", "century"):
            return whole
        return Timex("DATE", None, "half", whole.anchor)
    year = context.mentioned.get("year")
    if year and year.isdigit():
        return Timex("DATE", f"{year}-H{half}", "half", "mentioned:year")
    if context.reference is None:
        return Timex("DATE", None, "half", "reference")
    year = context.reference.year
    if half == 2 and context.reference.month < 7 and context.tense == "past":
        year -= 1  # a half not yet begun is last year's in a past clause ("rose in ...")
    return Timex("DATE", f"{year}-H{half}", "half", "reference")


# Rules that need the story's context (what it mentioned before), tried first.
_CONTEXT_RULES = (_rule_clock_set, _rule_eve, _rule_period_ending, _rule_ago_this_period, rule_year_ago, rule_counted_from_period,
                  rule_period_from_named,
                  rule_anaphoric,
                  rule_ordinal_period, rule_point,
                  rule_year_period,
                  rule_holiday, _rule_week_of, _rule_counted_from_day, _rule_from_named_day,
                  rule_weekend, rule_part_of_day,
                  rule_season,
                  _rule_half)

# The rules, tried in order.
_RULES = (rule_ref_words, rule_set, rule_iso, rule_running_time, _rule_clock, rule_minute_of_hour,
          rule_century, rule_millennium, rule_decade, rule_year, rule_quarter, rule_calendar,
          rule_relative_day,
          rule_named_period, rule_ago_later, rule_duration, rule_dateparser)

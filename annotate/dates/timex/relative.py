"""Expressions counted from the story's date or from the last day it placed: "today",
"Monday", "next week", "two days later", "a year ago", "the weekend", "the next morning".
A counted stretch later or earlier than a period the story named after its last day ("in
1985 ... ten years later") counts from that period, at no finer a granularity than it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .clock import part_of_day, with_time
from .reading import Context, Timex
from .values import GRANULARITY_OF_UNIT, duration_value, format_value, season_of, shift, week_value
from .vocabulary import PARTS_OF_DAY, SEASONS, WEEKDAYS
from .words import number, unit_of, vague


def _weekday_date(weekday: int, reference: date, tense: str) -> date:
    """The weekday nearest the reference date in the direction the clause's tense points."""
    delta = weekday - reference.weekday()
    if tense == "future":
        return reference + timedelta(days=delta % 7)
    return reference - timedelta(days=(-delta) % 7)


def rule_relative_day(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """today, yesterday, tomorrow, tonight, this morning, Monday, Tuesday evening."""
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if len(words) > 2 and words[-2:] == ["from", "today"]:
        return None  # "a year from today" is counted from today: rule_ago_later
    day_word = next((w for w in words if w in offsets or w in WEEKDAYS), None)
    this_part = words[:2] in (["this", "morning"], ["this", "afternoon"], ["this", "evening"],
                              ["last", "night"])
    if day_word is None and not this_part:
        return None
    if reference is None:
        part = part_of_day(words)
        kind = "TIME" if part or "tonight" in words else "DATE"
        return Timex(kind, None, "day", "reference")
    if this_part:
        day = reference - timedelta(days=1) if words[0] == "last" else reference
    elif day_word in offsets:
        day = reference + timedelta(days=offsets[day_word])
        if words[:3] in (["the", "day", "after"], ["the", "day", "before"]):
            # "the day after tomorrow", "the day before yesterday": a day further on or back
            day += timedelta(days=1 if words[2] == "after" else -1)
    else:
        day = _weekday_date(WEEKDAYS[day_word], reference, tense)
        if "ago" in words:  # "a week ago Tuesday"
            amount = next((number(w) for w in words if number(w) is not None), 1) or 1
            day = _weekday_date(WEEKDAYS[day_word], reference - timedelta(weeks=int(amount)), "past")
        elif words[:2] in (["the", "previous"], ["the", "preceding"], ["the", "following"]):
            # "the previous Friday": the one before the day the story last placed
            base = previous or reference
            day = _weekday_date(WEEKDAYS[day_word], base - timedelta(days=1), "past") \
                if words[1] != "following" else \
                _weekday_date(WEEKDAYS[day_word], base + timedelta(days=1), "future")
            return with_time(clean, day, "previous" if previous else "reference")
        elif "last" in words:
            day = _weekday_date(WEEKDAYS[day_word], reference - timedelta(days=1), "past")
        elif "next" in words:
            day = _weekday_date(WEEKDAYS[day_word], reference + timedelta(days=7), "future") \
                if WEEKDAYS[day_word] > reference.weekday() else \
                _weekday_date(WEEKDAYS[day_word], reference + timedelta(days=1), "future")
    return with_time(clean, day, "reference")


def _season_year(season: str, step: int, reference: date, tense: str) -> int:
    """The year of "last winter", "next spring", "this summer" (a winter is the year of its
    December). The season the story is written in is "this" one; "last" is the one before it
    and "next" the one after. Any other season is "last" at its latest start before the
    story, "next" at its first start after it, and "this" by the clause's tense: the one just
    past in a past clause ("closed this winter" in April), the one ahead in a future clause
    ("will close this winter" in April), else the nearer of the two."""
    current_year, current = season_of(reference)
    if season == current:
        return current_year + step
    starts = [date(year, _SEASON_STARTS[season], 1) for year in
              (reference.year - 1, reference.year, reference.year + 1)]
    before = max(day for day in starts if day <= reference)
    after = min(day for day in starts if day > reference)
    if step < 0 or step == 0 and tense == "past":
        return before.year
    if step > 0 or tense == "future":
        return after.year
    return before.year if reference - before < after - reference else after.year


def rule_named_period(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """this/last/next week, month, year, quarter, season; earlier this month; later this year."""
    shift_word = next((w for w in words if w in ("this", "last", "next", "past", "coming",
                                                 "current", "previous", "following")), None)
    unit_word = words[-1]
    season = SEASONS.get(unit_word)
    unit = unit_of(unit_word) if season is None else None
    if shift_word is None or (season is None and unit is None):
        return None
    if any(number(w) is not None and w not in ("a", "an") for w in words):
        return None  # "the past three years" is a duration
    if unit_word.endswith("s") and season is None:
        return None
    if reference is None:
        return Timex("DATE", None, GRANULARITY_OF_UNIT.get(unit or "", "season"), "reference")
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        shift_word, 0)
    if season is not None:
        return Timex("DATE", f"{_season_year(season, step, reference, tense)}-{season}",
                     "season", "reference")
    if unit in ("day", "night"):
        return None
    if unit in ("hour", "minute", "second"):
        # "this hour" is now; "the past hour", "the next hour" a stretch up to or from now.
        # No calendar value names a clock hour without a time of the story (this used to
        # raise KeyError and fail the whole story).
        if step == 0:
            return Timex("DATE", "PRESENT_REF", "ref")
        return Timex("DURATION", f"PT1{unit[0].upper()}")
    if shift_word == "past" and unit in ("decade", "century"):
        # "the past decade" is the ten years up to the story, a stretch, as "the past two
        # decades" (P20Y) and "the past three weeks" are (see durations.py): not the calendar
        # decade before the story's (in 1989 that would be the 1970s). "The last decade" can
        # name that calendar decade and keeps its DATE reading.
        return Timex("DURATION", "P10Y" if unit == "decade" else "P100Y")
    if unit == "weekend":
        day = shift(reference, step, "week")
        return Timex("DATE", f"{week_value(day)}-WE", "week", "reference", None)
    day = shift(reference, step, unit)
    granularity = GRANULARITY_OF_UNIT[unit]
    return Timex("DATE", format_value(day, granularity), granularity, "reference", None)


def rule_ago_later(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """three days ago; two weeks later; the next day; the day before; a year earlier; five
    years from now."""
    direction_words = {"ago": (-1, "reference"), "earlier": (-1, "previous"),
                       "before": (-1, "previous"), "later": (1, "previous"),
                       "after": (1, "previous"), "afterward": (1, "previous"),
                       "afterwards": (1, "previous")}
    if words[-2:] in (["from", "now"], ["from", "today"]):
        words = words[:-2] + ["hence"]  # "five years from now": counted forward from the story
        direction_words = {**direction_words, "hence": (1, "reference")}
    if len(words) == 4 and words[2] in _KINDS_OF_DAY and words[3] in ("day", "session") \
            and words[:2] in (["the", "next"], ["the", "following"], ["the", "previous"]):
        words = words[:2] + ["day"]  # "the previous trading day", "the next business day"
    last = words[-1]
    unit = None
    amount: float | None = None
    # "a year or two ago": a count left open, read as "a few years ago"
    open_count = len(words) >= 4 and words[-3] == "or" and number(words[-2]) not in (None, 1)
    if open_count:
        words = words[:-3] + [last]
    extra: tuple[int, str] | None = None  # "three years and six months ago": the second part
    compound = _COMPOUND_STRETCH.match(" ".join(words[:-1])) if last in direction_words else None
    if compound and number(compound[1]) and number(compound[3]) and unit_of(compound[4]) \
            in GRANULARITY_OF_UNIT and unit_of(compound[2]) in GRANULARITY_OF_UNIT:
        extra = (int(number(compound[3]) or 0), unit_of(compound[4]) or "")
        words = [compound[1], compound[2], last]
    if last in direction_words:
        direction, anchor_kind = direction_words[last]
        amount_words = words[:-2] if len(words) >= 2 else []
        unit = unit_of(words[-2]) if len(words) >= 2 else None
        numbers = [number(w) for w in amount_words
                   if number(w) is not None and not (w in ("a", "an") and vague(amount_words))]
        plural = len(words) >= 2 and words[-2].endswith("s")
        amount = numbers[-1] if numbers else (None if vague(amount_words) or plural else 1)
        if open_count:
            amount = None
    elif words[:2] in (["the", "next"], ["the", "following"], ["the", "previous"]) and len(words) == 3:
        unit = unit_of(words[2])
        direction, anchor_kind, amount = (1 if words[1] != "previous" else -1), "previous", 1
    else:
        return None
    if unit is None or unit not in GRANULARITY_OF_UNIT:
        return None
    use_previous = anchor_kind == "previous" and previous is not None
    base = previous if use_previous else reference
    anchor = "previous" if use_previous else "reference"
    granularity = GRANULARITY_OF_UNIT[unit]
    if amount is None and words[0] == "the" and len(words) == 3 and anchor_kind == "previous" \
            and unit in ("day", "week", "month"):
        # "the weeks before the vote": an uncounted stretch placed just before or after an
        # event is a DATE (it says when, not how long), valued at the calendar period that
        # holds it: the month of its anchor for days and weeks, the year for months.
        if base is None:
            return Timex("DATE", None, "month", anchor)
        granularity = "year" if unit == "month" else "month"
        return Timex("DATE", format_value(base, granularity), granularity, anchor)
    if amount is None:
        if anchor_kind == "previous":
            # "a few days later" places nothing on the calendar; TimeML values the stretch.
            return Timex("DURATION", duration_value(None, unit))
        return Timex("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "ref", None)
    if base is None:
        return Timex("DATE", None, granularity, anchor)
    day = shift(base, int(direction * amount), unit)
    if extra is not None:
        day = shift(day, direction * extra[0], extra[1])
        granularity = GRANULARITY_OF_UNIT[extra[1]]  # as fine as its smaller unit
    return Timex("DATE", format_value(day, granularity), granularity, anchor,
                 day if granularity == "day" else None)


# Kinds of day counted in a calendar of their own ("the previous trading day"): still a day.
_KINDS_OF_DAY = {"trading", "business", "working", "school", "market"}


# "three years and six months": a stretch in two units before "ago", "later" ...
_COMPOUND_STRETCH = re.compile(r"^(\S+) (\w+),? and (\S+) (\w+)$")


# Periods from the smallest to the largest, to keep the coarser of two granularities.
_SIZES = ("day", "week", "month", "quarter", "year", "decade", "century")
_PERIOD_VALUE = re.compile(r"^(?:(?P<year>\d{4})(?:-(?P<month>\d\d)|-Q(?P<quarter>[1-4])|"
                           r"-W(?P<week>\d\d)|-(?P<season>SP|SU|FA|WI))?|(?P<decade>\d{3})|"
                           r"(?P<century>\d\d))$")
_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_STEPS = {"later": 1, "after": 1, "afterward": 1, "afterwards": 1, "earlier": -1, "before": -1}


def rule_counted_from_period(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "The plant opened in 1985. Ten years later, it closed": a counted stretch later or
    earlier than the period the story named last (a year, month, decade ...), when that came
    after the last day it placed, is counted from that period (1995), not from the story's
    date. The value is no finer than the period it is counted from ("in 1998 ... two weeks
    later" is 1998)."""
    last = context.mentioned.get("last")
    if not last or len(words) < 3 or words[-1] not in _STEPS:
        return None
    unit = unit_of(words[-2])
    if unit not in GRANULARITY_OF_UNIT or unit in ("night", "weekend"):
        return None
    amount_words = words[:-2]
    numbers = [number(w) for w in amount_words if number(w) is not None
               and not (w in ("a", "an") and vague(amount_words))]
    if not numbers:
        return None  # "a few years later" places nothing, "the day before" is an event's
    base = period_start(last)
    if base is None:
        return None
    start, size = base
    granularity = max(GRANULARITY_OF_UNIT[unit], size, key=_SIZES.index)
    amount = int(numbers[-1])
    day = shift(start, _STEPS[words[-1]] * amount, unit)
    return Timex("DATE", format_value(day, granularity), granularity, "mentioned:last")


def period_start(value: str) -> tuple[date, str] | None:
    """The first day of a calendar value coarser than a day, and its granularity."""
    match = _PERIOD_VALUE.match(value)
    if not match:
        return None
    try:
        if match["century"]:
            return date(max(int(match["century"]) * 100, 1), 1, 1), "century"
        if match["decade"]:
            return date(max(int(match["decade"]) * 10, 1), 1, 1), "decade"
        year = int(match["year"])
        if match["month"]:
            return date(year, int(match["month"]), 1), "month"
        if match["quarter"]:
            return date(year, 3 * int(match["quarter"]) - 2, 1), "quarter"
        if match["week"]:
            return date.fromisocalendar(year, int(match["week"]), 1), "week"
        if match["season"]:  # counted from its first month, at no finer than a month
            return date(year, _SEASON_STARTS[match["season"]], 1), "month"
        return date(max(year, 1), 1, 1), "year"
    except ValueError:
        return None


def calendar_start(value: str | None) -> date | None:
    """The first day of a calendar value ("2026-05", "2026-W16", "2026"), or None."""
    if value is None:
        return None
    week = re.match(r"^(\d{4})-W(\d\d)$", value)
    if week:
        try:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
    found = period_start(value)
    return found[0] if found else None


def rule_weekend(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the weekend", "all weekend": the one the clause's tense points to (this, last and
    next weekend are named periods), TIMEX3's week-based WE."""
    clean = re.sub(r"^(?:all|all the|the whole|the entire) weekend$", "the weekend", clean)
    if clean not in ("the weekend", "weekend", "this weekend", "the past weekend",
                     "the coming weekend"):
        return None
    if context.reference is None:
        return Timex("DATE", None, "week", "reference")
    tense = "future" if clean == "the coming weekend" else "past" if clean == "the past weekend" \
        else context.tense
    saturday = _weekday_date(5, context.reference, tense)
    if clean == "this weekend" and context.reference.weekday() < 5:
        saturday = _weekday_date(5, context.reference, "future")
    return Timex("DATE", f"{week_value(saturday)}-WE", "week", "reference")


def rule_part_of_day(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the morning", "overnight", "mid-afternoon", "that night", "the same evening", "late
    into the night", "the early morning": part of the day the story is on (TimeML types a part of a day TIME); "the next morning", "the
    previous night": of the day after or before it."""
    clean = re.sub(r"^(?:that|the same) (morning|afternoon|evening|night)$", r"the \1", clean)
    # "(late) into the night", "through the evening": the part of the day itself, not a day
    # counted (P1D); "the early morning", "the late evening": that part, as "early morning" is
    clean = re.sub(r"^(?:(?:late|far|deep|well) )?(?:into|through|throughout) (?=the )", "", clean)
    clean = re.sub(r"^the (?:early|late) (morning|afternoon|evening|night)$", r"the \1", clean)
    step = re.match(r"^the (next|following|previous) (morning|afternoon|evening|night)$", clean)
    if step:
        day, anchor = (context.previous, "previous") if context.previous else (
            context.reference, "reference")
        if day is None:
            return Timex("TIME", None, "time", anchor)
        day += timedelta(days=-1 if step[1] == "previous" else 1)
        return Timex("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[step[2]]}", "time", anchor, day)
    if clean not in ("the morning", "morning", "the afternoon", "afternoon", "the evening",
                     "evening", "overnight", "the night", "mid-afternoon", "midafternoon",
                     "midmorning", "mid-morning", "late-night"):
        return None
    day, anchor = (context.previous, "previous") if context.previous else (
        context.reference, "reference")
    part = PARTS_OF_DAY.get(words[-1], {"midafternoon": "AF", "midmorning": "MO"}.get(words[-1], "NI"))
    if day is None:
        return Timex("TIME", None, "time", "reference")
    return Timex("TIME", f"{day.isoformat()}T{part}", "time", anchor, day)

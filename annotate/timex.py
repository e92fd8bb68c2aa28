"""Normalise one time expression to a TIMEX3 type and value.

``dateparser`` (one parser, English only, reused for every story) reads absolute calendar
expressions ("Feb. 12", "Sept. 16, 2025", "3/2/2022"). What it cannot express is done here:
granularity (a bare "2015" is the year 2015, not a day), weeks, quarters, seasons, decades,
durations, sets, the REF values, and arithmetic relative to the story's date or to the last date
the story placed on the calendar ("two days later").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "couple": 2, "half": 0.5,
}
VAGUE_NUMBERS = {"few", "several", "some", "many", "recent", "past", "coming"}
# TIMEX3 duration letter for each unit; time units go after "T".
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True),
         "day": ("D", False), "night": ("D", False), "week": ("W", False),
         "month": ("M", False), "year": ("Y", False), "decade": ("DE", False),
         "century": ("CE", False), "quarter": ("Q", False), "weekend": ("WE", False)}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}
# Whole expressions with a REF value (TimeML: the present, the past, the future).
PRESENT_REF = {"now", "currently", "nowadays", "at present", "presently", "these days",
               "right now", "the present", "at the moment", "for now", "current"}
PAST_REF = {"recently", "lately", "the past", "previously", "formerly", "in the past",
            "once", "recent"}
FUTURE_REF = {"the future", "in the future", "someday", "one day", "eventually"}
SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
        "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}


@dataclass(frozen=True)
class Timex:
    """A normalised expression: TIMEX3 type and value, the value's granularity, and its anchor."""

    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    granularity: str | None = None  # century, decade, year, season, quarter, month, week, day, time
    anchor: str | None = None  # "reference", "previous" (the last dated expression), or None
    day: date | None = None  # the calendar day it names, when it names one


_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?|'\d\d")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")
_YEAR = re.compile(r"^(?:(?:the\s+)?(?:year|fiscal)\s+)?(1[5-9]\d\d|20\d\d)$")
_DECADE = re.compile(r"(?:^|\s)(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d|20\d)0'?s$")
_SHORT_DECADE = re.compile(r"(?:^|\s)'?(\d)0'?s$")
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=\s|$|[,.;])")


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return text


def _number(word: str) -> float | None:
    if word in NUMBERS:
        return NUMBERS[word]
    try:
        return float(word)
    except ValueError:
        return None


def _duration_value(amount: float | None, unit: str) -> str:
    letter, is_time = UNITS[unit]
    if letter == "DE":
        letter, amount = "Y", None if amount is None else amount * 10
    elif letter == "CE":
        letter, amount = "Y", None if amount is None else amount * 100
    elif letter == "WE":
        letter, amount = "D", None if amount is None else amount * 2
    elif letter == "Q":
        letter, amount = "M", None if amount is None else amount * 3
    if amount is None:
        count = "X"
    elif amount == int(amount):
        count = str(int(amount))
    else:  # half units: "an hour and a half" is PT1.5H in TIMEX3
        count = f"{amount:g}"
    return f"P{'T' if is_time else ''}{count}{letter}"


def _unit_of(word: str) -> str | None:
    word = word.rstrip("s") if word not in ("centuries",) else "century"
    word = {"hr": "hour", "min": "minute", "yr": "year", "wk": "week", "centurie": "century"}.get(word, word)
    word = word.replace("long", "")  # "hourlong", "yearlong"
    return word if word in UNITS else None


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _quarter_value(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _season_of(day: date) -> tuple[int, str]:
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def format_value(day: date, granularity: str) -> str:
    """Format a day at the granularity an expression states."""
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "week":
        return week_value(day)
    if granularity == "quarter":
        return _quarter_value(day)
    if granularity == "decade":
        return f"{day.year // 10:03d}X"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def _shift(day: date, amount: int, unit: str) -> date:
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "month":
        return day + relativedelta(months=amount)
    if unit == "quarter":
        return day + relativedelta(months=3 * amount)
    if unit == "year":
        return day + relativedelta(years=amount)
    if unit == "decade":
        return day + relativedelta(years=10 * amount)
    if unit == "century":
        return day + relativedelta(years=100 * amount)
    return day


_GRANULARITY_OF_UNIT = {"day": "day", "night": "day", "week": "week", "weekend": "week",
                        "month": "month", "quarter": "quarter", "year": "year",
                        "decade": "decade", "century": "century"}


@lru_cache(maxsize=1)
def _calendar_parser():  # type: ignore[no-untyped-def]
    """The one dateparser instance: English only (language detection is slow and misreads)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
                  "PREFER_DATES_FROM": "past"},
    )


@lru_cache(maxsize=4096)
def parse_calendar(text: str) -> tuple[date, str] | None:
    """Parse an absolute calendar expression with dateparser: (day, period) or None."""
    data = _calendar_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _weekday_date(weekday: int, reference: date, tense: str) -> date:
    """The weekday nearest the reference date in the direction the clause's tense points."""
    delta = weekday - reference.weekday()
    if tense == "future":
        return reference + timedelta(days=delta % 7)
    return reference - timedelta(days=(-delta) % 7)


def _part_of_day(words: list[str]) -> str | None:
    for word in words:
        if word in PARTS_OF_DAY:
            return PARTS_OF_DAY[word]
    return None


def normalise(text: str, reference: date | None, previous: date | None = None,
              tense: str = "past") -> Timex:
    """Return the TIMEX3 reading of ``text``.

    ``reference`` is the story's date; ``previous`` the last day the story placed on the
    calendar (for "two days later"); ``tense`` ("past", "present", "future") is that of the
    clause, which decides which Monday "Monday" is. Relative values stay None without the
    date they depend on.
    """
    clean = _clean(text)
    words = _WORD.findall(clean)
    if not words:
        return Timex("DATE", None)
    for rule in _RULES:
        result = rule(clean, words, reference, previous, tense)
        if result is not None:
            return result
    return Timex("DATE", None)


# -- the rules, tried in order --------------------------------------------------------------
def _rule_ref_words(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    if clean in PRESENT_REF:
        return Timex("DATE", "PRESENT_REF", "ref")
    if clean in PAST_REF:
        return Timex("DATE", "PAST_REF", "ref")
    if clean in FUTURE_REF:
        return Timex("DATE", "FUTURE_REF", "ref")
    return None


def _rule_set(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    if clean in SETS:
        return Timex("SET", SETS[clean])
    if words[0] in ("every", "each", "per"):
        rest = words[1:]
        if rest and rest[0] in WEEKDAYS:
            part = _part_of_day(rest)
            return Timex("SET", f"XXXX-WXX-{WEEKDAYS[rest[0]] + 1}" + (f"T{part}" if part else ""))
        amount = 1.0
        if rest and _number(rest[0]) is not None:
            amount, rest = _number(rest[0]) or 1.0, rest[1:]
        if rest and rest[0] in ("other",):
            amount, rest = 2.0, rest[1:]
        if rest and _unit_of(rest[0]):
            return Timex("SET", _duration_value(amount, _unit_of(rest[0])))
    return None


def _rule_iso(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    match = _ISO_DAY.search(clean) or None
    if match:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return _with_time(clean, day, None)
    match = _NUMERIC_DAY.search(clean)
    if match:
        parsed = parse_calendar(match[0])
        if parsed:
            return _with_time(clean, parsed[0], None)
    return None


def _with_time(clean: str, day: date | None, anchor: str | None) -> Timex:
    """A day, plus the clock time or part of the day the expression gives."""
    clock = _CLOCK.search(clean)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    if clock:
        hour = int(clock[1]) % 12 + (12 if clock[3].startswith("p") else 0)
        minute = int(clock[2] or 0)
        return Timex("TIME", f"{prefix}T{hour:02d}:{minute:02d}" if day else None, "time", anchor, day)
    if "noon" in clean:
        return Timex("TIME", f"{prefix}T12:00" if day else None, "time", anchor, day)
    if "midnight" in clean:
        return Timex("TIME", f"{prefix}T24:00" if day else None, "time", anchor, day)
    part = _part_of_day(_WORD.findall(clean))
    if part:
        return Timex("TIME", f"{prefix}T{part}" if day else None, "time", anchor, day)
    return Timex("DATE", day.isoformat() if day else None, "day", anchor, day)


def _rule_clock(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    if not (_CLOCK.search(clean) or "noon" in words or "midnight" in words):
        return None
    rest = _CLOCK.sub(" ", clean)
    rest = re.sub(r"\b(noon|midnight|[a-z]?[ecmp][sd]t|gmt|utc|local time|o'clock|about|around|"
                  r"at|on|by|approximately|roughly|shortly after|shortly before|until)\b", " ", rest)
    rest = rest.strip(" ,.-")
    if not rest:  # a bare clock time: the day is the story's own, unless told otherwise
        return _with_time(clean, reference, "reference") if reference else Timex(
            "TIME", None, "time")
    day_reading = normalise(rest, reference, previous, tense)
    if day_reading.day is not None:
        return _with_time(clean, day_reading.day, day_reading.anchor)
    return Timex("TIME", None, "time")


def _rule_decade(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    match = _DECADE.search(clean)
    if match:
        return Timex("DATE", f"{match[1]}X", "decade")
    match = _SHORT_DECADE.search(clean)
    if match and clean.replace("the ", "").strip("'").endswith("0s") and len(words) <= 3:
        century = "19" if reference is None or int(match[1]) > reference.year % 100 // 10 else "20"
        return Timex("DATE", f"{century}{match[1]}X", "decade")
    return None


def _rule_year(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    stripped = re.sub(r"^(early|late|mid-?|the end of|the beginning of|the start of|"
                      r"the first half of|the second half of)\s*", "", clean)
    match = _YEAR.match(stripped)
    if match:
        return Timex("DATE", match[1], "year", None, None)
    return None


def _rule_calendar(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """Month names: "Feb. 12", "March 2, 2022", "March 2022", "mid-March", "early this month"."""
    month_words = [w for w in words if w in MONTHS]
    if not month_words:
        return None
    month = MONTHS[month_words[0]]
    numbers = [w for w in words if w.isdigit()]
    year = next((int(n) for n in numbers if len(n) == 4), None)
    days = [int(n) for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    anchor = None
    if year is None:
        if reference is None:
            if days:
                return _with_time(clean, None, "reference") if _CLOCK.search(clean) else Timex(
                    "DATE", f"XXXX-{month:02d}-{days[0]:02d}", "day")
            return Timex("DATE", f"XXXX-{month:02d}", "month")
        year, anchor = reference.year, "reference"
        if "last" in words:
            year -= 1 if month >= reference.month else 0
        elif "next" in words:
            year += 1 if month <= reference.month else 0
        else:  # AP leaves out the year of a nearby date: take the one the tense points to
            day_of_month = days[0] if days else 1
            year += _year_shift(reference, month, day_of_month, tense)
    if days:
        parsed = parse_calendar(f"{month_words[0]} {days[0]} {year}")
        if parsed is None:
            return Timex("DATE", None)
        return _with_time(clean, parsed[0], anchor)
    return Timex("DATE", f"{year:04d}-{month:02d}", "month", anchor, None)


def _year_shift(reference: date, month: int, day: int, tense: str) -> int:
    """-1 when a past event's month lies well after the story's date, +1 for the reverse."""
    try:
        candidate = date(reference.year, month, min(day, 28))
    except ValueError:
        return 0
    if tense == "past" and candidate > reference + timedelta(days=31):
        return -1
    if tense == "future" and candidate < reference - timedelta(days=31):
        return 1
    return 0


def _rule_relative_day(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """today, yesterday, tomorrow, tonight, this morning, Monday, Tuesday evening."""
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    day_word = next((w for w in words if w in offsets or w in WEEKDAYS), None)
    this_part = words[:2] in (["this", "morning"], ["this", "afternoon"], ["this", "evening"],
                              ["last", "night"])
    if day_word is None and not this_part:
        return None
    if reference is None:
        part = _part_of_day(words)
        kind = "TIME" if part or "tonight" in words else "DATE"
        return Timex(kind, None, "day", "reference")
    if this_part:
        day = reference - timedelta(days=1) if words[0] == "last" else reference
    elif day_word in offsets:
        day = reference + timedelta(days=offsets[day_word])
    else:
        day = _weekday_date(WEEKDAYS[day_word], reference, tense)
        if "ago" in words:  # "a week ago Tuesday"
            amount = next((_number(w) for w in words if _number(w) is not None), 1) or 1
            day = _weekday_date(WEEKDAYS[day_word], reference - timedelta(weeks=int(amount)), "past")
        elif "last" in words:
            day = _weekday_date(WEEKDAYS[day_word], reference - timedelta(days=1), "past")
        elif "next" in words:
            day = _weekday_date(WEEKDAYS[day_word], reference + timedelta(days=7), "future") \
                if WEEKDAYS[day_word] > reference.weekday() else \
                _weekday_date(WEEKDAYS[day_word], reference + timedelta(days=1), "future")
    return _with_time(clean, day, "reference")


def _rule_named_period(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """this/last/next week, month, year, quarter, season; earlier this month; later this year."""
    shift_word = next((w for w in words if w in ("this", "last", "next", "past", "coming",
                                                 "current", "previous", "following")), None)
    unit_word = words[-1]
    season = SEASONS.get(unit_word)
    unit = _unit_of(unit_word) if season is None else None
    if shift_word is None or (season is None and unit is None):
        return None
    if any(_number(w) is not None and w not in ("a", "an") for w in words):
        return None  # "the past three years" is a duration
    if unit_word.endswith("s") and season is None:
        return None
    if reference is None:
        return Timex("DATE", None, _GRANULARITY_OF_UNIT.get(unit or "", "season"), "reference")
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        shift_word, 0)
    if season is not None:
        year, current = _season_of(reference)
        order = ["WI", "SP", "SU", "FA"]
        year = reference.year if season != "WI" else year
        if step < 0 and order.index(season) >= order.index(current) and season != "WI":
            year -= 1
        if step > 0 and order.index(season) <= order.index(current):
            year += 1
        return Timex("DATE", f"{year}-{season}", "season", "reference")
    if unit in ("day", "night"):
        return None
    if unit == "weekend":
        day = _shift(reference, step, "week")
        return Timex("DATE", f"{week_value(day)}-WE", "week", "reference", None)
    day = _shift(reference, step, unit)
    granularity = _GRANULARITY_OF_UNIT[unit]
    return Timex("DATE", format_value(day, granularity), granularity, "reference", None)


def _rule_ago_later(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """three days ago; two weeks later; the next day; the day before; a year earlier."""
    direction_words = {"ago": (-1, "reference"), "earlier": (-1, "previous"),
                       "before": (-1, "previous"), "later": (1, "previous"),
                       "after": (1, "previous"), "afterward": (1, "previous"),
                       "afterwards": (1, "previous")}
    last = words[-1]
    unit = None
    amount: float | None = None
    if last in direction_words:
        direction, anchor_kind = direction_words[last]
        amount_words = words[:-2] if len(words) >= 2 else []
        unit = _unit_of(words[-2]) if len(words) >= 2 else None
        numbers = [_number(w) for w in amount_words if _number(w) is not None]
        amount = numbers[-1] if numbers else (None if any(w in VAGUE_NUMBERS for w in amount_words) else 1)
    elif words[:2] in (["the", "next"], ["the", "following"], ["the", "previous"]) and len(words) == 3:
        unit = _unit_of(words[2])
        direction, anchor_kind, amount = (1 if words[1] != "previous" else -1), "previous", 1
    else:
        return None
    if unit is None or unit not in _GRANULARITY_OF_UNIT:
        return None
    use_previous = anchor_kind == "previous" and previous is not None
    base = previous if use_previous else reference
    anchor = "previous" if use_previous else "reference"
    granularity = _GRANULARITY_OF_UNIT[unit]
    if amount is None:
        return Timex("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "ref", None)
    if base is None:
        return Timex("DATE", None, granularity, anchor)
    day = _shift(base, int(direction * amount), unit)
    return Timex("DATE", format_value(day, granularity), granularity, anchor,
                 day if granularity == "day" else None)


def _rule_quarter(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                "3rd": 3, "4th": 4}
    if "quarter" not in clean:
        return None
    number = next((ordinals[w] for w in words if w in ordinals), None)
    year_match = re.search(r"(1[5-9]\d\d|20\d\d)", clean)
    if number is None:
        return None
    if year_match:
        return Timex("DATE", f"{year_match[1]}-Q{number}", "quarter")
    if reference is None:
        return Timex("DATE", None, "quarter", "reference")
    return Timex("DATE", f"{reference.year}-Q{number}", "quarter", "reference")


def _rule_duration(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """three years; a roughly hourlong call; 72 hours; the past two weeks; several days."""
    for i, word in enumerate(words):
        unit = _unit_of(word)
        if unit is None or unit == "weekend":
            continue
        before = words[:i]
        numbers = [_number(w) for w in before if _number(w) is not None]
        if "long" in word:  # "hourlong" names one unit
            return Timex("DURATION", _duration_value(numbers[-1] if numbers else 1, unit))
        if numbers:
            amount = sum(n for n in numbers[-2:] if n == 0.5) + max(
                (n for n in numbers[-2:] if n != 0.5), default=0)
            if "half" in before and amount > 1 and numbers[-1] == 0.5:
                amount = numbers[-2] + 0.5 if len(numbers) > 1 else amount
            return Timex("DURATION", _duration_value(amount, unit))
        if any(w in VAGUE_NUMBERS for w in before) or word.endswith("s"):
            return Timex("DURATION", _duration_value(None, unit))
        return Timex("DURATION", _duration_value(1, unit))
    return None


def _rule_dateparser(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """Anything else dateparser reads as an absolute date (it sees no relative base here)."""
    if not any(w.isdigit() for w in words):
        return None
    parsed = parse_calendar(clean)
    if parsed is None:
        return None
    day, period = parsed
    granularity = {"time": "day"}.get(period, period)
    return Timex("DATE", format_value(day, granularity), granularity, None,
                 day if granularity == "day" else None)


_RULES = (_rule_ref_words, _rule_set, _rule_iso, _rule_clock, _rule_decade, _rule_year,
          _rule_quarter, _rule_calendar, _rule_relative_day, _rule_named_period, _rule_ago_later,
          _rule_duration, _rule_dateparser)

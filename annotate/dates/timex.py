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
from typing import Mapping

from dateutil.relativedelta import relativedelta

from ..resources import read_table

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
# Whole expressions with a REF value beyond models/timex_words.tsv (TimeML: the present, the
# past, the future), for spans the model tagged itself.
PRESENT_REF = {"the present", "for now", "current", "presently"}
PAST_REF = {"previously", "formerly", "in the past", "recent"}
FUTURE_REF = {"in the future", "someday", "eventually", "a later date", "the long term",
              "the short term", "the near term", "the long run", "the short run"}
# "recent years", "the coming days", "the past few weeks": a vague stretch before or after now.
# "recent weeks" itself is a vague duration (PXW) in TimeBank, as are "the next few days".
_REF_PLURAL = re.compile(r"^(?:the )?(?:((?:past|last|previous)(?: (?:few|several|many))?)|"
                         r"((?:coming|future|upcoming)(?: (?:few|several|many))?)) "
                         r"(second|minute|hour|day|night|week|month|"
                         r"quarter|year|decade|centurie)s$")
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


_SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                 "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9}
# Broadcast transcripts spell years out: "nineteen ninety-seven", "the year two thousand".
SPELLED_YEAR = re.compile(
    rf"\b(eighteen|nineteen|twenty) ({'|'.join(_SPELLED_TENS)})(?:[- ]({'|'.join(_SPELLED_UNITS)}))?\b")
_SPELLED_2000S = re.compile(
    rf"\btwo thousand(?: (?:and )?({'|'.join(_SPELLED_UNITS)}|{'|'.join(_SPELLED_TENS)}))?\b"
    r"(?! (?:years?|days?|months?|weeks?|hours?|dollars?|people|\w+s)\b)")
# Words that qualify an expression without changing its value (TimeML puts them in "mod"):
# "about three years", "early next week", "later this month", "just a decade ago".
_MODIFIERS = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|only|just|more than|less than|"
    r"fewer than|at least|at most|up to|over|under|as early as|as late as|as much as|"
    r"sometime|some time|early|late|mid|mid-|earlier|later|earlier in|later in|"
    r"the end of|the beginning of|the start of|the middle of|the close of|the rest of|"
    r"the remainder of|the balance of|the turn of|end of|beginning of|start of)\s+")


def _spelled_years(text: str) -> str:
    def year(match: re.Match[str]) -> str:
        century = _SPELLED_TENS[match[1]] * 100
        return str(century + _SPELLED_TENS[match[2]] + _SPELLED_UNITS.get(match[3] or "", 0))

    def two_thousand(match: re.Match[str]) -> str:
        rest = match[1] or ""
        return str(2000 + _SPELLED_UNITS.get(rest, _SPELLED_TENS.get(rest, 0)))

    if "nineteen" in text or "eighteen" in text or "twenty" in text:
        text = SPELLED_YEAR.sub(year, text)
    if "two thousand" in text:
        text = _SPELLED_2000S.sub(two_thousand, text)
    return text


_COMPOUND = re.compile(
    rf"\b({'|'.join(t for t in _SPELLED_TENS if _SPELLED_TENS[t] >= 20)})[- ]"
    rf"({'|'.join(_SPELLED_UNITS)})\b")
_HUNDREDS = re.compile(
    rf"\b(a|an|one|{'|'.join(_SPELLED_UNITS)}|{'|'.join(_SPELLED_TENS)}|\d+) (hundred|thousand)\b")


def _spelled_amounts(text: str) -> str:
    """ "twenty-four hours" -> "24 hours", "two thousand years" -> "2000 years" (after the
    spelled years are read, so "nineteen ninety-four" stays a year)."""
    text = _COMPOUND.sub(lambda m: str(_SPELLED_TENS[m[1]] + _SPELLED_UNITS[m[2]]), text)

    def times(match: re.Match[str]) -> str:
        amount = _number(match[1]) or _SPELLED_TENS.get(match[1]) or _SPELLED_UNITS.get(match[1])
        return f"{int(amount * (100 if match[2] == 'hundred' else 1000))}" if amount else match[0]

    return _HUNDREDS.sub(times, text)


# "4 in the morning", "10 at night": a clock time written out.
_CLOCK_WORDS = re.compile(r"\b(\d{1,2})(?::(\d\d))? (?:o'clock )?(?:in the (morning)|"
                          r"in the (afternoon|evening)|at (night))\b")


def _clock_words(match: re.Match[str]) -> str:
    hour = int(match[1])
    minutes = f":{match[2]}" if match[2] else ""
    morning = match[3] is not None or match[5] is not None and hour == 12
    return f"{hour}{minutes} {'a.m.' if morning else 'p.m.'}"


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    text = re.sub(r"\s+or so\b", "", text)
    text = re.sub(r"\b(year|month|quarter|week)-(end|ago|earlier)\b", r"\1 \2", text)
    text = re.sub(r"^(?:the )?(year|month|quarter|week)(?:'s)? end$", r"the end of this \1", text)
    text = re.sub(r"\b(\d+) 1/2\b", r"\1.5", text).replace("1/2", "0.5")
    text = re.sub(r"\b([a-z]+|\d+) ([a-z]+) and a half\b", _and_a_half, text)
    text = _spelled_amounts(_spelled_years(text))
    if " in the " in text or " at night" in text:
        text = _CLOCK_WORDS.sub(_clock_words, text)
    return text


def _and_a_half(match: re.Match[str]) -> str:
    """ "an hour and a half" -> "1.5 hour": the half belongs to the amount."""
    amount = _number(match[1])
    return f"{amount + 0.5:g} {match[2]}" if amount is not None else match[0]


def strip_modifiers(clean: str) -> str:
    """The expression without leading modifiers that leave its value as it is."""
    while True:
        stripped = _MODIFIERS.sub("", clean, count=1)
        if stripped == clean or not stripped:
            return clean
        clean = stripped


def _number(word: str) -> float | None:
    if word in NUMBERS:
        return NUMBERS[word]
    try:
        return float(word)
    except ValueError:
        return None


def _vague(words: list[str]) -> bool:
    """ "a few", "several", "some": a count the expression does not give."""
    return any(w in VAGUE_NUMBERS for w in words)


def _duration_value(amount: float | None, unit: str) -> str:
    letter, is_time = UNITS[unit]
    if letter == "DE":
        letter, amount = "Y", None if amount is None else amount * 10
    elif letter == "CE":
        letter, amount = "Y", None if amount is None else amount * 100
    elif letter == "WE":
        letter, amount = "D", None if amount is None else amount * 2
    elif letter == "Q" and amount is not None:  # "several quarters" stays PXQ
        letter, amount = "M", amount * 3
    if amount is None:
        count = "X"
    elif amount == int(amount):
        count = str(int(amount))
    elif amount * 2 == int(amount * 2) and (letter, is_time) in _HALF_UNIT:
        # TimeBank writes a half as the next smaller unit: "2 1/2 years" is P2Y6M.
        smaller, size = _HALF_UNIT[(letter, is_time)]
        whole = f"{int(amount)}{letter}" if int(amount) else ""
        return f"P{'T' if is_time or smaller == 'H' else ''}{whole}{size}{smaller}" \
            if not (smaller == "H" and whole) else f"P{whole}T{size}H"
    else:
        count = f"{amount:g}"
    return f"P{'T' if is_time else ''}{count}{letter}"


_HALF_UNIT = {("Y", False): ("M", 6), ("D", False): ("H", 12), ("H", True): ("M", 30),
              ("M", True): ("S", 30)}


def _unit_of(word: str) -> str | None:
    word = word.replace("-long", "").replace("long", "")  # "hourlong", "monthslong"
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


# The one calendar form of AP copy ("Sept. 16, 2025", "March 4 2026", "16 September 2025"),
# read directly: dateparser's first call loads its locale data, which alone would cost more
# start-up time than everything else this project adds to the model. Every other form goes to
# dateparser.
_MONTH_WORD = r"(?P<month>[A-Za-z]{3,9})\.?"
_PLAIN_DAY = re.compile(rf"^(?:{_MONTH_WORD}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+{_MONTH_WORD.replace('month', 'month2')}),?\s+(?P<year>\d{{4}})$")


def _plain_day(text: str) -> date | None:
    match = _PLAIN_DAY.match(text.strip())
    if match is None:
        return None
    month = MONTHS.get((match["month"] or match["month2"]).lower())
    if month is None:
        return None
    try:
        return date(int(match["year"]), month, int(match["day"] or match["day2"]))
    except ValueError:  # "Feb. 30": let dateparser judge
        return None


@lru_cache(maxsize=4096)
def parse_calendar(text: str) -> tuple[date, str] | None:
    """Parse an absolute calendar expression: (day, period) or None. AP's "Month D, YYYY" is
    read directly; everything else by dateparser."""
    plain = _plain_day(text)
    if plain is not None:
        return plain, "day"
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
              tense: str = "past", mentioned: Mapping[str, str] | None = None) -> Timex:
    """Return the TIMEX3 reading of ``text``.

    ``reference`` is the story's date; ``previous`` the last day the story placed on the
    calendar (for "two days later"); ``tense`` ("past", "present", "future") is that of the
    clause, which decides which Monday "Monday" is. ``mentioned`` maps a granularity ("year",
    "quarter", "month", ...) to the last value of that granularity in the story, for "that
    year" or "a year earlier" after "the third quarter". Relative values stay None without the
    date they depend on.
    """
    clean = _clean(text)
    words = _WORD.findall(clean)
    if not words:
        return Timex("DATE", None)
    context = _Context(reference, previous, tense, mentioned or {})
    result = _rule_ref_words(clean, words, reference, previous, tense)
    if result is None:
        stripped = strip_modifiers(clean)
        result = _apply_rules(stripped, context) if stripped != clean else None
        if result is None or result.value is None and stripped != clean:
            result = _apply_rules(clean, context) or result
    return result or Timex("DATE", None)


@dataclass(frozen=True)
class _Context:
    reference: date | None
    previous: date | None
    tense: str
    mentioned: Mapping[str, str]


def _apply_rules(clean: str, context: _Context) -> Timex | None:
    words = _WORD.findall(clean)
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


@lru_cache(maxsize=1)
def word_table() -> dict[str, tuple[str, str]]:
    """models/timex_words.tsv: phrase -> (type, value)."""
    return {row["phrase"]: (row["type"], row["value"]) for row in read_table("timex_words.tsv")}


# -- the rules, tried in order --------------------------------------------------------------
def _rule_ref_words(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    listed = word_table().get(clean)
    if listed is not None:
        return Timex(listed[0], listed[1], "ref" if listed[1].endswith("_REF") else None)
    plural = _REF_PLURAL.match(clean)
    if plural:
        return Timex("DATE", "PAST_REF" if plural[1] else "FUTURE_REF", "ref")
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
    plural_day = re.match(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?)"
                          r"(?: (morning|afternoon|evening|night)(s?))?$", clean)
    if plural_day and (plural_day[2] or plural_day[4]):  # "Tuesday nights": every Tuesday night
        part = PARTS_OF_DAY.get(plural_day[3] or "")
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[plural_day[1]] + 1}" + (f"T{part}" if part else ""))
    if words[0] in ("every", "each", "per"):
        rest = words[1:]
        if rest and rest[0] in MONTHS:
            return Timex("SET", f"XXXX-{MONTHS[rest[0]]:02d}")
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
    if re.search(r"\b(?:high )?noon\b|\bmidday\b", clean):  # not "afternoon"
        return Timex("TIME", f"{prefix}T12:00" if day else None, "time", anchor, day)
    if re.search(r"\bmidnight\b", clean):
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
    if not rest:  # a bare clock time: on the day the story last placed, else its own day
        if previous is not None:
            return _with_time(clean, previous, "previous")
        return _with_time(clean, reference, "reference") if reference else Timex(
            "TIME", None, "time")
    day_reading = normalise(rest, reference, previous, tense)
    if day_reading.day is not None:
        return _with_time(clean, day_reading.day, day_reading.anchor)
    return Timex("TIME", None, "time")


def _rule_century(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """ "the 20th century" is 19 in TIMEX3 (its years begin 19..); "this century" is the
    reference's."""
    match = re.match(r"^(?:the |a |an )?(\d{1,2})(?:st|nd|rd|th) century$", clean)
    if match:
        return Timex("DATE", f"{int(match[1]) - 1:02d}", "century")
    return None


def _rule_decade(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    match = _DECADE.search(clean)
    if match:
        return Timex("DATE", f"{match[1]}X", "decade")
    match = _SHORT_DECADE.search(clean)
    if match and clean.replace("the ", "").strip("'").endswith("0s") and len(words) <= 3:
        # The latest such decade begun by the story's date ("the '90s" in 2026 is the 1990s,
        # "the '80s" in 1989 the 1980s); the next one only when it is about to begin.
        digit = int(match[1])
        if reference is None:
            century = 19
        else:
            century, current = divmod(reference.year // 10, 10)
            if digit > current and not (digit == current + 1 and reference.year % 10 >= 8):
                century -= 1
        return Timex("DATE", f"{century}{match[1]}X", "decade")
    match = _SPELLED_DECADE.match(clean)
    if match:
        tens = _SPELLED_TENS[match[1][:-3] + "y"] // 10
        return _rule_decade(f"the '{tens}0s", ["the", f"'{tens}0s"], reference, previous, tense)
    return None


_SPELLED_DECADE = re.compile(r"^the (?:early |late |mid-?)?(twenties|thirties|forties|fifties|"
                             r"sixties|seventies|eighties|nineties)$")


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
        elif "this" not in words:  # AP leaves out a nearby date's year: the tense points to it
            day_of_month = days[0] if days else 1
            year += _year_shift(reference, month, day_of_month, tense)
    if days:
        parsed = parse_calendar(f"{month_words[0]} {days[0]} {year}")
        if parsed is None:
            return Timex("DATE", None)
        return _with_time(clean, parsed[0], anchor)
    return Timex("DATE", f"{year:04d}-{month:02d}", "month", anchor, None)


def _year_shift(reference: date, month: int, day: int, tense: str) -> int:
    """The year of a month named without one: news mostly reports the recent past, so a past
    event's month more than two months after the story's month was last year's; a future
    event's month more than two months before it is next year's ("Dec. 1" in an October story
    is this year's unless the clause says it is over)."""
    delta = month - reference.month
    if tense == "future":
        return 1 if delta < -2 else 0
    return -1 if delta > 2 else 0


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
        elif words[:2] in (["the", "previous"], ["the", "preceding"], ["the", "following"]):
            # "the previous Friday": the one before the day the story last placed
            base = previous or reference
            day = _weekday_date(WEEKDAYS[day_word], base - timedelta(days=1), "past") \
                if words[1] != "following" else \
                _weekday_date(WEEKDAYS[day_word], base + timedelta(days=1), "future")
            return _with_time(clean, day, "previous" if previous else "reference")
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
        numbers = [_number(w) for w in amount_words
                   if _number(w) is not None and not (w in ("a", "an") and _vague(amount_words))]
        plural = len(words) >= 2 and words[-2].endswith("s")
        amount = numbers[-1] if numbers else (None if _vague(amount_words) or plural else 1)
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
        if anchor_kind == "previous":
            # "a few days later" places nothing on the calendar; TimeML values the stretch.
            return Timex("DURATION", _duration_value(None, unit))
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
    year = reference.year + (1 if "next" in words else -1 if "last" in words else 0)
    if "next" not in words and "last" not in words and "this" not in words:
        # A quarter not yet begun is last year's in a past clause; a future clause may still
        # report a quarter just ended ("will report third-quarter results" in October).
        current = (reference.month - 1) // 3 + 1
        if tense != "future" and number > current:
            year -= 1
        elif tense == "future" and number < current - 1:
            year += 1
    return Timex("DATE", f"{year}-Q{number}", "quarter", "reference")


def _rule_duration(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """three years; a roughly hourlong call; 72 hours; the past two weeks; several days."""
    for i, word in enumerate(words):
        unit = _unit_of(word)
        if unit is None or unit == "weekend":
            continue
        before = words[:i]
        numbers = [_number(w) for w in before if _number(w) is not None]
        if any(w in ("few", "several", "many") for w in before[-2:]) \
                and all(w in ("a", "an") for w in before if _number(w) is not None):
            numbers = []  # "a few days", "just a few minutes": an unknown count
        if word.endswith("slong"):  # "a monthslong standoff": some months
            return Timex("DURATION", _duration_value(None, unit))
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


# -- rules that need the story's context (what it mentioned before) ------------------------
_PERIOD_END = re.compile(r"^(?P<period>.+?) (?:ended|ending|that ended|which ended) (?P<end>.+)$")


def _rule_eve(clean: str, words: list[str], context: _Context) -> Timex | None:
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


def _rule_period_ending(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the quarter ended Sept. 30" (a quarter, placed by its last day); "the six months
    ended Oct. 1" (a count of months: a duration)."""
    match = _PERIOD_END.match(clean)
    if not match:
        return None
    end = normalise(match["end"], context.reference, context.previous, "past")
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
        return Timex("DATE", _quarter_value(end.day - timedelta(days=45)), "quarter", end.anchor)
    return _rule_duration(period, _WORD.findall(period), context.reference, context.previous,
                          context.tense)


_ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                     "fourth": 4, "4th": 4}
_YEAR_AGO = re.compile(r"^(?:the )?(?:comparable |corresponding |same )?(?:a |one )?year "
                       r"(?:ago|earlier|before)\b|"
                       r"^(?:the )?(?:comparable |corresponding |same )?(?:period|quarter) "
                       r"(?:a year ago|a year earlier|last year)$|"
                       r"^last year's (?:quarter|period)$")


def _rule_year_ago(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "a year earlier", "the year-ago quarter": in copy that compares periods (earnings,
    jobs figures), the same period a year before the one last mentioned; else the year."""
    if not _YEAR_AGO.match(clean):
        return None
    if context.reference is None:
        return Timex("DATE", None, "year", "reference")
    value = context.mentioned.get("quarter")
    if value and re.match(r"^\d{4}-Q\d$", value):
        return Timex("DATE", f"{int(value[:4]) - 1:04d}{value[4:]}", "quarter",
                     "mentioned:quarter")
    if words[-1] in ("quarter", "period"):
        # Results are reported after a quarter closes: the quarter compared is the last one
        # completed, a year before.
        quarter = _quarter_value(context.reference - relativedelta(months=3, years=1))
        return Timex("DATE", quarter, "quarter", "reference")
    return Timex("DATE", str(context.reference.year - 1), "year", "reference")


_ANAPHORIC = re.compile(
    r"^(?:(the|this|that|the same|that same|the current|the latest|the most recent|the full|"
    r"the fiscal|the calendar|this fiscal|the current fiscal|the latest fiscal|"
    r"the following|the next|the previous|the preceding|the prior|the past) )?"
    r"(day|night|week|month|quarter|year)$")


def _rule_anaphoric(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the day", "that year", "the quarter", "the following month": a period the story has
    already placed (or, for "the"/"this", the one the story is written in)."""
    # Earnings copy: "the latest period" is the quarter the story reports.
    clean = re.sub(r"^(the latest|the most recent) period$", r"\1 quarter", clean)
    match = _ANAPHORIC.match(clean)
    if not match or (match[1] is None and len(words) > 1):
        return None
    determiner, unit = match[1] or "", match[2]
    granularity = _GRANULARITY_OF_UNIT[unit]
    if determiner in ("the next", "the previous", "the past"):
        return None  # "the next day" counts from the last date: the ago/later rule
    step = 1 if determiner == "the following" else -1 if determiner in (
        "the preceding", "the prior") else 0
    base, anchor = _anaphor_base(determiner, granularity, context)
    if base is None:
        return Timex("DATE", None, granularity, anchor)
    if determiner in ("the latest", "the most recent") and granularity == "quarter" and anchor == "reference":
        step = -1  # the latest quarter on record is the last one completed
    day = _shift(base, step, unit)
    value = format_value(day, granularity)
    if unit == "night":
        value += "TNI"
    return Timex("DATE", value, granularity, anchor, day if granularity == "day" else None)


def _anaphor_base(determiner: str, granularity: str, context: _Context) -> tuple[date | None, str]:
    """The day an anaphoric period is counted from: the story's last mention of a period of
    that size (or its last day), else the story's own date."""
    own = ("this", "the current", "this fiscal", "the current fiscal", "the full", "the fiscal",
           "the calendar")
    if determiner in ("the", "") and granularity not in ("quarter", "day"):
        own = own + (determiner,)  # "the year" in news is the year the story is written in
    if determiner not in own:
        value = context.mentioned.get(granularity)
        start = _start_of(value) if value else None
        if start is not None:
            return start, f"mentioned:{granularity}"
        if context.previous is not None and determiner in (
                "that", "the same", "that same", "the following", "the preceding", "the prior"):
            return context.previous, "previous"
    return context.reference, "reference"


def _start_of(value: str) -> date | None:
    """The first day of a TIMEX3 calendar value ("1989-Q3", "1989-07", "1989-W05", "1989")."""
    match = re.match(r"^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q(\d)|W(\d\d)))?$", value)
    if not match:
        return None
    year = int(match[1])
    try:
        if match[3]:
            return date(year, int(match[2]), int(match[3]))
        if match[2]:
            return date(year, int(match[2]), 1)
        if match[4]:
            return date(year, 3 * int(match[4]) - 2, 1)
        if match[5]:
            return date.fromisocalendar(year, int(match[5]), 1)
    except ValueError:
        return None
    return date(year, 1, 1)


def _rule_year_period(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the 1988 quarter", "the 1989 period": the quarter last named, in that year."""
    match = re.match(r"^(?:the |that )?(1[5-9]\d\d|20\d\d) (quarter|period)$", clean)
    if not match:
        return None
    value = context.mentioned.get("quarter")
    if value and re.match(r"^\d{4}-Q\d$", value):
        return Timex("DATE", f"{match[1]}{value[4:]}", "quarter", "mentioned:quarter")
    return Timex("DATE", match[1], "year")


@lru_cache(maxsize=1)
def holiday_table() -> dict[str, str]:
    """models/timex_holidays.tsv: name -> rule."""
    return {row["phrase"]: row["rule"] for row in read_table("timex_holidays.tsv")}


def holiday_in(rule: str, year: int) -> date | None:
    """The day a holiday rule (see models/timex_holidays.tsv) gives in ``year``."""
    parts = rule.split()
    offset = int(parts[-1]) if parts[-1][:1] in "+-" and len(parts) in (2, 4) else 0
    if parts[0] == "easter":
        from dateutil.easter import easter

        return easter(year) + timedelta(days=offset)
    if len(parts) == 1:
        month, day = (int(n) for n in parts[0].split("-"))
        return date(year, month, day)
    month, nth, weekday = int(parts[0]), int(parts[1]), WEEKDAYS_SHORT[parts[2]]
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year, month, 1) + relativedelta(months=1) - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - weekday) % 7)
    return day + timedelta(days=offset)


WEEKDAYS_SHORT = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


def _rule_holiday(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "Thanksgiving Day", "last Christmas", "Election Day": the one the story means."""
    match = re.match(r"^(?:(last|next|this) )?(.+?)(?: (\d{4}))?$", clean)
    rule = holiday_table().get(match[2]) if match else None
    if rule is None:
        return None
    if match[3]:
        return Timex("DATE", holiday_in(rule, int(match[3])).isoformat(), "day", None,
                     holiday_in(rule, int(match[3])))
    reference = context.reference
    if reference is None:
        return Timex("DATE", None, "day", "reference")
    this_year = holiday_in(rule, reference.year)
    direction = {"last": "past", "next": "future"}.get(match[1] or "", context.tense)
    if match[1] == "this":
        day = this_year
    elif direction == "future":
        day = this_year if this_year >= reference else holiday_in(rule, reference.year + 1)
    else:
        day = this_year if this_year <= reference else holiday_in(rule, reference.year - 1)
    if match[1] == "last" and day == reference:
        day = holiday_in(rule, reference.year - 1)
    return Timex("DATE", day.isoformat(), "day", "reference", day)


def _rule_week_of(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the week of March 6": the calendar week holding that day."""
    match = re.match(r"^(?:the )?week of (.+)$", clean)
    if not match:
        return None
    day = normalise(match[1], context.reference, context.previous, context.tense,
                    context.mentioned)
    if day.day is None:
        return Timex("DATE", None, "week", day.anchor)
    return Timex("DATE", week_value(day.day), "week", day.anchor)


def _rule_weekend(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the weekend": the one the clause's tense points to (this, last and next weekend are
    named periods)."""
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


def _rule_part_of_day(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the morning", "overnight", "mid-afternoon": part of the day the story is on; "the
    next morning", "the previous night": of the day after or before it."""
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


_SEASON = re.compile(r"^(?:the )?(?:early |late |mid-?|middle of the )?(spring|summer|fall|autumn|winter)"
                     r"(?: of)?(?: (1[5-9]\d\d|20\d\d))?$")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _rule_season(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the summer", "the winter of 1994", "summer 2025": a season the story places by its
    year, else the one the clause's tense points to (the latest begun for past events, the
    current or next one for future events)."""
    match = _SEASON.match(clean)
    if not match:
        return None
    season = SEASONS[match[1]]
    if match[2]:
        return Timex("DATE", f"{match[2]}-{season}", "season")
    reference = context.reference
    if reference is None:
        return Timex("DATE", None, "season", "reference")
    current_year, current = _season_of(reference)
    if season == current:
        return Timex("DATE", f"{current_year}-{season}", "season", "reference")
    starts = [date(year, _SEASON_START[season], 1) for year in
              (reference.year - 1, reference.year, reference.year + 1)]
    if context.tense == "future":
        start = min(day for day in starts if day > reference)
    else:
        start = max(day for day in starts if day <= reference)
    return Timex("DATE", f"{start.year}-{season}", "season", "reference")


_HALF = re.compile(r"^(?:the )?(?:(first|front|second|last|latter|back) half|"
                   r"(first|last) two quarters)(?: of (.+))?$")


def _rule_half(clean: str, words: list[str], context: _Context) -> Timex | None:
    """ "the first half of 1990" is 1990-H1, "the last half of the '80s" the decade; a half
    without its year is one of the year the story last named, else of the story's year."""
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
    return Timex("DATE", f"{context.reference.year}-H{half}", "half", "reference")


_CONTEXT_RULES = (_rule_eve, _rule_period_ending, _rule_year_ago, _rule_anaphoric, _rule_year_period,
                  _rule_holiday, _rule_week_of, _rule_weekend, _rule_part_of_day, _rule_season,
                  _rule_half)

_RULES = (_rule_ref_words, _rule_set, _rule_iso, _rule_clock, _rule_century, _rule_decade,
          _rule_year, _rule_quarter, _rule_calendar, _rule_relative_day, _rule_named_period, _rule_ago_later,
          _rule_duration, _rule_dateparser)

"""The words of an expression, made ready for the rules: lower case, spelled years and amounts
as digits, clock times written out as clock times, modifiers that leave the value as it is;
and the numbers and units the words name."""

from __future__ import annotations

import re

from .vocabulary import NUMBERS, SPELLED_TENS, SPELLED_UNITS, UNITS, VAGUE_NUMBERS

WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?|'\d\d")


# Broadcast transcripts spell years out: "nineteen ninety-seven", "the year two thousand".
SPELLED_YEAR = re.compile(
    rf"\b(eighteen|nineteen|twenty) ({'|'.join(SPELLED_TENS)})(?:[- ]({'|'.join(SPELLED_UNITS)}))?\b")
_SPELLED_2000S = re.compile(
    rf"\btwo thousand(?: (?:and )?({'|'.join(SPELLED_UNITS)}|{'|'.join(SPELLED_TENS)}))?\b"
    r"(?! (?:years?|days?|months?|weeks?|hours?|dollars?|people|\w+s)\b)")
# Words that qualify an expression without changing its value (TimeML puts them in "mod"):
# "about three years", "early next week", "later this month", "just a decade ago".
_MODIFIERS = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|only|just|more than|less than|"
    r"fewer than|at least|at most|up to|over|under|as early as|as late as|as much as|"
    r"sometime|some time|earlier in|later in|early in|late in|early|late|mid|mid-|earlier|later|"
    r"the end of|the beginning of|the start of|the middle of|the close of|the rest of|"
    r"the remainder of|the balance of|the turn of(?! the (?:last |next )?century)|end of|beginning of|start of)\s+")


def _spelled_years(text: str) -> str:
    def year(match: re.Match[str]) -> str:
        century = SPELLED_TENS[match[1]] * 100
        return str(century + SPELLED_TENS[match[2]] + SPELLED_UNITS.get(match[3] or "", 0))

    def two_thousand(match: re.Match[str]) -> str:
        rest = match[1] or ""
        return str(2000 + SPELLED_UNITS.get(rest, SPELLED_TENS.get(rest, 0)))

    if "nineteen" in text or "eighteen" in text or "twenty" in text:
        text = SPELLED_YEAR.sub(year, text)
    if "two thousand" in text:
        text = _SPELLED_2000S.sub(two_thousand, text)
    return text


_COMPOUND = re.compile(
    rf"\b({'|'.join(t for t in SPELLED_TENS if SPELLED_TENS[t] >= 20)})[- ]"
    rf"({'|'.join(SPELLED_UNITS)})\b")
_HUNDREDS = re.compile(
    rf"\b(a|an|one|{'|'.join(SPELLED_UNITS)}|{'|'.join(SPELLED_TENS)}|\d+) (hundred|thousand)\b")


def _spelled_amounts(text: str) -> str:
    """ "twenty-four hours" -> "24 hours", "two thousand years" -> "2000 years" (after the
    spelled years are read, so "nineteen ninety-four" stays a year)."""
    text = _COMPOUND.sub(lambda m: str(SPELLED_TENS[m[1]] + SPELLED_UNITS[m[2]]), text)

    def times(match: re.Match[str]) -> str:
        amount = number(match[1]) or SPELLED_TENS.get(match[1]) or SPELLED_UNITS.get(match[1])
        return f"{int(amount * (100 if match[2] == 'hundred' else 1000))}" if amount else match[0]

    return _HUNDREDS.sub(times, text)


# A day of the month spelled as an ordinal next to its month ("the fourth of July", "July
# Fourth", "the twenty-first of March", and the spoken "January the eighth" of broadcast
# transcripts): written in figures ("4th of july"), as the calendar
# rules read "the 4th of July" and "July 4th".
_DAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_DAY_ORDINALS.update({f"twenty{joint}{unit}": 20 + day for joint in ("-", " ")
                      for unit, day in list(_DAY_ORDINALS.items())[:9]})
_DAY_ORDINALS.update({f"thirty{joint}first": 31 for joint in ("-", " ")})
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_ORDINAL_WORDS = "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True))
_MONTH_WORDS = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|" + "|".join(_MONTH_NAMES)
_SPELLED_DAY = re.compile(rf"\b(?:({_ORDINAL_WORDS}) of ({_MONTH_WORDS})|({_MONTH_WORDS}) "
                          rf"(?:the )?({_ORDINAL_WORDS}))(?![\w-])")  # "January the eighth"


def _spelled_day(match: re.Match[str]) -> str:
    if match[1]:
        return f"{_DAY_ORDINALS[match[1]]}th of {match[2]}"
    return f"{match[3]} {_DAY_ORDINALS[match[4]]}th"


# "4 in the morning", "10 at night": a clock time written out.
_CLOCK_WORDS = re.compile(r"\b(\d{1,2})(?::(\d\d))? (?:o'clock )?(?:in the (morning)|"
                          r"in the (afternoon|evening)|at (night))\b")


def _clock_words(match: re.Match[str]) -> str:
    hour = int(match[1])
    minutes = f":{match[2]}" if match[2] else ""
    morning = match[3] is not None or match[5] is not None and hour == 12
    return f"{hour}{minutes} {'a.m.' if morning else 'p.m.'}"


def clean_text(text: str) -> str:
    text = text.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)  # "1,500 days": one figure, not 1 and 500
    text = re.sub(r"\s+or so\b", "", text)
    text = re.sub(r"\b(year|month|quarter|week)-(end|ago|earlier)\b", r"\1 \2", text)
    # "two days after that" is "two days later": counted from the time last placed
    text = re.sub(r"^(.*\b(?:\d+|[a-z]+) (?:day|week|month|year|hour|minute|decade)s?) "
                  r"(after|before) (?:that|this)$",
                  lambda m: f"{m[1]} {'later' if m[2] == 'after' else 'earlier'}", text)
    text = re.sub(r"^(?:the )?(year|month|quarter|week)(?:'s)? end$", r"the end of this \1", text)
    text = re.sub(r"\b(\d+) 1/2\b", r"\1.5", text).replace("1/2", "0.5")
    text = re.sub(r"\b([a-z]+|\d+) ([a-z]+) and a half\b", _and_a_half, text)
    text = re.sub(r"\b([a-z]+|\d+) and a half ([a-z]+)\b", _and_a_half_before, text)
    if "half" in text or "quarter" in text:
        text = _FRACTION.sub(_fraction, text)
    text = _spelled_amounts(_spelled_years(text))
    if "of " in text or any(month in text for month in _MONTH_NAMES):
        text = _SPELLED_DAY.sub(_spelled_day, text)
    if " past " in text or " to " in text or " after " in text or " before " in text:
        text = _MINUTES_OF_HOUR.sub(_minutes_of_hour, text)
    if ".m" in text or "o'clock" in text or " in the " in text or " at night" in text:
        text = _SPELLED_CLOCK.sub(_spelled_clock, text)
    if " in the " in text or " at night" in text:
        text = _CLOCK_WORDS.sub(_clock_words, text)
    return text


# A clock time spoken in a broadcast transcript: "four p.m.", "six thirty in the morning",
# "nine o'clock": written in figures, as wire copy writes it ("4 p.m.", "6:30 a.m.").
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")
_SPELLED_CLOCK = re.compile(
    rf"\b({'|'.join(_HOURS)})(?: (\d\d|ten|fifteen|twenty|thirty|forty|fifty))? "
    r"(?=(?:a\.m|p\.m|am|pm)\b|o'clock|in the (?:morning|afternoon|evening)\b|at night\b)")


# A clock time told by the minutes past or to an hour: "half past nine", "a quarter to ten",
# "ten past six", "20 minutes after eight": written in figures ("9:30", "9:45", "6:10"), so that
# a part of the day or "p.m." after it places it; it is no count of quarters (P3M).
_MINUTES_OF_HOUR = re.compile(
    r"\b(half|(?:a )?quarter|five|ten|twenty|twenty-five|\d{1,2} minutes) (past|after|to|before) "
    rf"({'|'.join(_HOURS)}|1[0-2]|[1-9])\b(?! (?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"percent|points?|cents?|dollars?)\b)")
_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
                 "twenty-five": 25}


def _minutes_of_hour(match: re.Match[str]) -> str:
    minutes = _MINUTE_WORDS.get(match[1]) or int(match[1].split()[0])
    hour = _HOURS.index(match[3]) + 1 if match[3] in _HOURS else int(match[3])
    if not 0 < minutes < 60 or match[1] == "half" and match[2] in ("to", "before"):
        return match[0]
    if match[2] in ("to", "before"):
        hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
    return f"{hour}:{minutes:02d}"


def _spelled_clock(match: re.Match[str]) -> str:
    hour = _HOURS.index(match[1]) + 1
    if not match[2]:
        return f"{hour} "
    minutes = int(match[2]) if match[2].isdigit() else SPELLED_TENS[match[2]]
    return f"{hour}:{minutes:02d} "


# A fraction of a unit: "half a century", "a half-hour", "a quarter of a century", "three
# quarters of an hour". Written in the next smaller unit, as TimeBank writes "2 1/2 years"
# (P2Y6M): P50Y, PT30M, P25Y, PT45M. Fractions that make no whole smaller unit ("half a
# week") are left as they are.
_FRACTION = re.compile(r"\b(?:(a|one|three) )?(half|quarters?)(?: of)?(?: an? |-| )"
                       r"(century|decade|year|day|hour|minute)\b")
_SMALLER = {"century": (100, "years"), "decade": (10, "years"), "year": (12, "months"),
            "day": (24, "hours"), "hour": (60, "minutes"), "minute": (60, "seconds")}


def _fraction(match: re.Match[str]) -> str:
    if match[2] == "half" and match[1] in (None, "a", "one"):
        share = 0.5
    elif match[2] == "quarter" and match[1] in ("a", "one"):
        share = 0.25
    elif match[2] == "quarters" and match[1] == "three":
        share = 0.75
    else:
        return match[0]
    size, smaller = _SMALLER[match[3]]
    amount = share * size
    return f"{amount:g} {smaller}" if amount == int(amount) else match[0]


def _and_a_half_before(match: re.Match[str]) -> str:
    """ "two and a half years" -> "2.5 years"."""
    amount = number(match[1])
    return f"{amount + 0.5:g} {match[2]}" if amount is not None and unit_of(match[2]) \
        else match[0]


def _and_a_half(match: re.Match[str]) -> str:
    """ "an hour and a half" -> "1.5 hour": the half belongs to the amount."""
    amount = number(match[1])
    return f"{amount + 0.5:g} {match[2]}" if amount is not None else match[0]


def strip_modifiers(clean: str) -> str:
    """The expression without leading modifiers that leave its value as it is."""
    while True:
        stripped = _MODIFIERS.sub("", clean, count=1)
        if stripped == clean or not stripped:
            return clean
        clean = stripped


def number(word: str) -> float | None:
    if word in NUMBERS:
        return NUMBERS[word]
    try:
        return float(word)
    except ValueError:
        return None


def vague(words: list[str]) -> bool:
    """ "a few", "several", "some": a count the expression does not give."""
    return any(w in VAGUE_NUMBERS for w in words)


def unit_of(word: str) -> str | None:
    word = word.replace("-long", "").replace("long", "")  # "hourlong", "monthslong"
    word = word.rstrip("s") if word not in ("centuries",) else "century"
    word = {"hr": "hour", "min": "minute", "yr": "year", "wk": "week", "centurie": "century"}.get(word, word)
    word = word.replace("long", "")  # "hourlong", "yearlong"
    return word if word in UNITS else None

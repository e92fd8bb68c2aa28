"""Calendar periods longer than a day, named on their own: centuries, decades ("the '90s",
"the sixties"), years, quarters and seasons."""

from __future__ import annotations

import re
from datetime import date

from .reading import Context, Timex
from .values import season_of
from .vocabulary import SEASONS, SPELLED_TENS

_YEAR = re.compile(r"^(?:(?:the\s+)?(?:year|fiscal|fiscal[- ]year|fy)\s+)?(1[5-9]\d\d|20\d\d)$")
# A year named by its number before the kind of year it is ("the 1999 fiscal year", "the 2025
# school year") or before a sports season ("the 1999 season"): the year itself, as "fiscal
# 1999" is, never a count of 1999 years (TimeBank values "the 1988 period" so as well).
_YEAR_OF_KIND = re.compile(r"^(?:the\s+|its\s+|that\s+|this\s+)?(1[5-9]\d\d|20\d\d)\s+"
                           r"(?:(?:fiscal|school|academic|budget|tax|calendar|financial|model|"
                           r"crop|marketing|farm)\s+year|season)$")
# A year named by two calendar years ("the 1999-2000 fiscal year", "the 2000-2001 school year")
_YEAR_RANGE_OF_KIND = re.compile(r"^(?:the\s+|its\s+|this\s+|that\s+)?(1[5-9]\d\d|20\d\d)-"
                                 r"(\d\d|\d{4})\s+(?:(fiscal|budget|financial|tax)|school|"
                                 r"academic|crop|marketing|model)\s+year$")
_DECADE = re.compile(r"(?:^|\s)(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d|20\d)0'?s$")
_SHORT_DECADE = re.compile(r"(?:^|\s|-)'?(\d)0'?s$")


_SPELLED_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}
_CENTURY = re.compile(r"^(?:the |a |an )?(?:(?:early|mid-?|late) )?"
                      rf"(?:(\d{{1,2}})(?:st|nd|rd|th)|({'|'.join(_SPELLED_ORDINALS)}))[- ]century"
                      r"(?: (b\.?c\.?e?|a\.?d|c\.?e))?$")


_TURN_OF_CENTURY = re.compile(r"^(?:at |around |by |since )?the turn of the (?:(last|next) )?century$")


def _turn_of_century(which: str | None, reference: date | None) -> Timex:
    """ "the turn of the century" is a DATE, not a stretch of 100 years: the point where one
    century gives way to the next. TIMEX3 values a point by the calendar unit that holds it,
    so it is written as the year in which the hundreds change (2000), the round hundred nearest
    the story's date (a story of 1998 or of 2026 means 2000; the ``mod`` the guidelines would
    add, APPROX, is not written by this layer). "the last century's turn" is the one before
    that, "the next" the one after. Without a story date it has no value."""
    if reference is None:
        return Timex("DATE", None, "year")
    year = (reference.year + 49) // 100 * 100
    year += {"last": -100, "next": 100}.get(which or "", 0)
    return Timex("DATE", str(year), "year")


def rule_century(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """ "the 20th century" (or "the twentieth century") is 19 in TIMEX3 (its years begin
    19..): one century named by its ordinal is a DATE, not a stretch of 100 years. A century
    before the common era ("the fifth century BC") takes the BC prefix TIMEX2 defined and
    HeidelTime writes (BC04). "this century" is the reference's."""
    turn = _TURN_OF_CENTURY.match(clean)
    if turn:
        return _turn_of_century(turn[1], reference)
    match = _CENTURY.match(clean)
    if match:
        ordinal = int(match[1]) if match[1] else _SPELLED_ORDINALS[match[2]]
        if ordinal < 1:
            return None
        era = "BC" if (match[3] or "").startswith("b") else ""
        return Timex("DATE", f"{era}{ordinal - 1:02d}", "century")
    return None


def rule_decade(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """A decade is written, as TIMEX3 writes a century ("19"), by the digits it shares:
    "the 1990s" and "the nineties" are 199, not 199X (TempEval-3's convention, which
    HeidelTime's resources follow: no trailing X after a decade or a century).
    A round hundred before 2000 ("the 1800s", "the late 1900s") names its century, the
    hundred years that share those two digits, as the style guides use it (AP: "the 1800s"),
    so it is written as a century is: 18. "The 2000s" is left the decade news calls it."""
    match = _DECADE.search(clean)
    if match:
        if match[1].endswith("0") and match[1] < "200":
            return Timex("DATE", match[1][:2], "century")
        return Timex("DATE", match[1], "decade")
    match = _SHORT_DECADE.search(clean)
    if match and clean.replace("the ", "").strip("'").endswith("0s") \
            and len([w for w in words if w not in ("early", "mid", "late")]) <= 3:
        # ("the late 80s" as "the 80s": the part of the decade leaves its value as it is)
        # The latest such decade begun by the story's date ("the '90s" in 2026 is the 1990s,
        # "the '80s" in 1989 the 1980s); the next one only when it is about to begin.
        digit = int(match[1])
        if reference is None:
            century = 19
        else:
            century, current = divmod(reference.year // 10, 10)
            if digit > current and not (digit == current + 1 and reference.year % 10 >= 8):
                century -= 1
        return Timex("DATE", f"{century}{match[1]}", "decade")
    match = _SPELLED_DECADE.match(clean)
    if match:
        tens = SPELLED_TENS[match[1][:-3] + "y"] // 10
        return rule_decade(f"the '{tens}0s", ["the", f"'{tens}0s"], reference, previous, tense)
    return None


_SPELLED_DECADE = re.compile(r"^the (?:early |late |mid-?)?(twenties|thirties|forties|fifties|"
                             r"sixties|seventies|eighties|nineties)$")


def rule_year(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    stripped = re.sub(r"^(early|late|mid-?|the end of|the beginning of|the start of|"
                      r"the first half of|the second half of)\s*", "", clean)
    match = _YEAR.match(stripped) or _YEAR_OF_KIND.match(stripped)
    if match:
        return Timex("DATE", match[1], "year", None, None)
    across = _YEAR_RANGE_OF_KIND.match(stripped)
    if across and int(across[2][-2:]) == (int(across[1]) + 1) % 100:
        # "the 1999-2000 fiscal year": one fiscal year across two calendar years, named (as
        # "fiscal 2000" is) by the year it ends in. A school or crop year across two has no
        # one calendar value. Either is a DATE, never a count of 2000 years.
        return Timex("DATE", str(int(across[1]) + 1) if across[3] else None, "year", None, None)
    return None


def rule_quarter(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                "3rd": 3, "4th": 4}
    if "quarter" not in clean or "quarters" in words and {"two", "three", "four", "several",
                                                         "few", "2", "3", "4"} & set(words):
        return None  # "the first three quarters" is a stretch of them (P9M), not the first
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


# "all summer", "the whole winter": the season itself, taken whole (TIMEX3 season codes)
_SEASON = re.compile(r"^(?:the |all |all the |the whole |the entire )?"
                     r"(?:early |late |mid-?|middle of the )?(spring|summer|fall|autumn|winter)"
                     r"(?: of)?(?: (1[5-9]\d\d|20\d\d))?$")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def rule_season(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the summer", "the winter of 1994", "summer 2025": a season the story places by its
    year, else the one the clause's tense points to (the latest begun for past events, the
    current or next one for future events)."""
    match = _SEASON.match(clean)
    if not match:
        return _season_of_year(clean, context)
    season = SEASONS[match[1]]
    if match[2]:
        return Timex("DATE", f"{match[2]}-{season}", "season")
    reference = context.reference
    if reference is None:
        return Timex("DATE", None, "season", "reference")
    current_year, current = season_of(reference)
    if season == current:
        return Timex("DATE", f"{current_year}-{season}", "season", "reference")
    starts = [date(year, _SEASON_START[season], 1) for year in
              (reference.year - 1, reference.year, reference.year + 1)]
    if context.tense == "future":
        start = min(day for day in starts if day > reference)
    else:
        start = max(day for day in starts if day <= reference)
    return Timex("DATE", f"{start.year}-{season}", "season", "reference")


_SEASON_OF = re.compile(r"^(?:the )?(?:early |late |mid-?|middle of the )?(spring|summer|fall|autumn|"
                        r"winter) of (.+ year)$")


def _season_of_year(clean: str, context: Context) -> Timex | None:
    """ "the spring of last year", "the summer of that year": the season of the year the
    phrase after "of" names (read as that phrase alone is), not the year itself."""
    match = _SEASON_OF.match(clean)
    if not match:
        return None
    from .chain import normalise  # the year phrase is read by the whole chain of rules

    year = normalise(match[2], context.reference, context.previous, context.tense,
                     context.mentioned)
    if year.value is None or not re.match(r"^\d{4}$", year.value):
        return Timex("DATE", None, "season")
    return Timex("DATE", f"{year.value}-{SEASONS[match[1]]}", "season", year.anchor)

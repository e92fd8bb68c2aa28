"""The words every family of rules reads: months, weekdays, numbers, units, seasons, parts of
the day, and the listed phrases and holidays of models/timex_words.tsv and
models/timex_holidays.tsv."""

from __future__ import annotations

from functools import lru_cache

from ...resources import read_table

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


SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90}
SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9}


WEEKDAYS_SHORT = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


@lru_cache(maxsize=1)
def word_table() -> dict[str, tuple[str, str]]:
    """models/timex_words.tsv: phrase -> (type, value)."""
    return {row["phrase"]: (row["type"], row["value"]) for row in read_table("timex_words.tsv")}


@lru_cache(maxsize=1)
def holiday_table() -> dict[str, str]:
    """models/timex_holidays.tsv: name -> rule."""
    return {row["phrase"]: row["rule"] for row in read_table("timex_holidays.tsv")}

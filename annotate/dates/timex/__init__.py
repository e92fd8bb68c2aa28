"""Normalise one time expression to a TIMEX3 type and value.

``dateparser`` (one parser, English only, reused for every story) reads absolute calendar
expressions ("Feb. 12", "Sept. 16, 2025", "3/2/2022"). What it cannot express is done here:
granularity (a bare "2015" is the year 2015, not a day), weeks, quarters, seasons, decades,
durations, sets, the REF values, and arithmetic relative to the story's date or to the last date
the story placed on the calendar ("two days later").

The rules come in families, one module each: :mod:`.days` (calendar days, holidays, dateparser),
:mod:`.periods` (centuries, decades, years, quarters, seasons), :mod:`.relative` (counted from
the story's date or its last date), :mod:`.anaphora` (back to a period the story named),
:mod:`.durations` (durations and sets) and :mod:`.refs` (the REF values). :mod:`.chain` holds
:func:`normalise` and the order the rules are tried in; :mod:`.vocabulary`, :mod:`.words`,
:mod:`.values`, :mod:`.clock` and :mod:`.reading` what they share.
"""

from .chain import normalise
from .days import holiday_in, parse_calendar
from .reading import Timex
from .values import format_value, week_value
from .vocabulary import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    holiday_table,
    word_table,
)
from .words import SPELLED_YEAR, strip_modifiers

__all__ = [
    "MONTHS",
    "PARTS_OF_DAY",
    "SEASONS",
    "SPELLED_YEAR",
    "UNITS",
    "WEEKDAYS",
    "Timex",
    "format_value",
    "holiday_in",
    "holiday_table",
    "normalise",
    "parse_calendar",
    "strip_modifiers",
    "week_value",
    "word_table",
]

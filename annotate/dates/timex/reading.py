"""What a rule gives and what it reads: the normalised expression (:class:`Timex`) and the
story around it (:class:`Context`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping


@dataclass(frozen=True)
class Timex:
    """A normalised expression: TIMEX3 type and value, the value's granularity, and its anchor."""

    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    granularity: str | None = None  # century, decade, year, season, quarter, month, week, day, time
    anchor: str | None = None  # "reference", "previous" (the last dated expression), or None
    day: date | None = None  # the calendar day it names, when it names one


@dataclass(frozen=True)
class Context:
    reference: date | None
    previous: date | None
    tense: str
    mentioned: Mapping[str, str]

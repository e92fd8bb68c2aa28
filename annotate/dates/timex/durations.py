"""Durations and sets: how long ("three years", "a roughly hourlong call", "several days") and
how often ("daily", "every other week", "Tuesday nights")."""

from __future__ import annotations

import re

from .clock import part_of_day
from .reading import Timex
from .values import duration_value
from .vocabulary import MONTHS, PARTS_OF_DAY, VAGUE_NUMBERS, WEEKDAYS
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
    if words[0] in ("every", "each", "per"):
        rest = words[1:]
        if rest and rest[0] in MONTHS:
            return Timex("SET", f"XXXX-{MONTHS[rest[0]]:02d}")
        if rest and rest[0] in WEEKDAYS:
            part = part_of_day(rest)
            return Timex("SET", f"XXXX-WXX-{WEEKDAYS[rest[0]] + 1}" + (f"T{part}" if part else ""))
        amount = 1.0
        if rest and number(rest[0]) is not None:
            amount, rest = number(rest[0]) or 1.0, rest[1:]
        if rest and rest[0] in ("other",):
            amount, rest = 2.0, rest[1:]
        if rest and unit_of(rest[0]):
            return Timex("SET", duration_value(amount, unit_of(rest[0])))
    return None


def rule_duration(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """three years; a roughly hourlong call; 72 hours; the past two weeks; several days."""
    for i, word in enumerate(words):
        unit = unit_of(word)
        if unit is None or unit == "weekend":
            continue
        before = words[:i]
        numbers = [number(w) for w in before if number(w) is not None]
        if any(w in ("few", "several", "many") for w in before[-2:]) \
                and all(w in ("a", "an") for w in before if number(w) is not None):
            numbers = []  # "a few days", "just a few minutes": an unknown count
        if word.endswith("slong"):  # "a monthslong standoff": some months
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

"""TIMEX3 values and the calendar arithmetic behind them: a day at a granularity (year, month,
week, quarter, decade, century), a season, a duration's value, and a day shifted by units."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .vocabulary import UNITS


def duration_value(amount: float | None, unit: str) -> str:
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


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def quarter_value(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def season_of(day: date) -> tuple[int, str]:
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
        return quarter_value(day)
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def shift(day: date, amount: int, unit: str) -> date:
    years = {"year": 1, "decade": 10, "century": 100}.get(unit, 0) * amount
    if not 1 <= day.year + years <= 9999:
        # "5000 years ago" falls before year 1: out of the calendar, as "next week" from
        # 9999-12-31 is (the component leaves such a value empty, with a warning)
        raise OverflowError(f"year {day.year + years} is out of the calendar's range")
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


GRANULARITY_OF_UNIT = {"day": "day", "night": "day", "week": "week", "weekend": "week",
                       "month": "month", "quarter": "quarter", "year": "year",
                       "decade": "decade", "century": "century"}

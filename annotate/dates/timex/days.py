"""Calendar days: ISO ("2022-03-02") and numeric ("3/2/2022") dates, month names ("Feb. 12",
"March 2, 2022", "March 2022"), holidays, and whatever else dateparser reads as a date.

``dateparser`` (one parser, English only, reused for every story) is imported on its first use
only; AP's own "Month D, YYYY" is read without it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .clock import CLOCK, with_time
from .reading import Context, Timex
from .values import format_value, week_value
from .vocabulary import MONTHS, WEEKDAYS_SHORT, holiday_table

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")


@lru_cache(maxsize=1)
def _calendar_parser():  # type: ignore[no-untyped-def]
    """The one dateparser instance: English only (language detection is slow and misreads),
    for calendar dates only. It must find a year in the text (``REQUIRE_PARTS``), and only
    its absolute parsers run (``PARSERS``): otherwise dateparser completes a bare clock time
    or weekday with today's date, reads "0m" or "2 days ago" from the time it runs, and a
    long number as a Unix timestamp; today is never the story's date."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
                  "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"],
                  "PARSERS": ["custom-formats", "absolute-time"]},
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


def rule_iso(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    match = _ISO_DAY.search(clean) or None
    if match:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return with_time(clean, day, None)
    match = _NUMERIC_DAY.search(clean)
    if match:
        parsed = parse_calendar(match[0])
        if parsed:
            return with_time(clean, parsed[0], None)
    return None


def rule_calendar(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
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
                return with_time(clean, None, "reference") if CLOCK.search(clean) else Timex(
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
        return with_time(clean, parsed[0], anchor)
    return Timex("DATE", f"{year:04d}-{month:02d}", "month", anchor, None)


def _year_shift(reference: date, month: int, day: int, tense: str) -> int:
    """The year of a month named without one, decided by the clause's tense: in a past clause
    a month after the story's month was last year's ("paid in
    November" in an April story); in a future clause a month before it is next year's ("will
    vote in February" in an April story). A clause that marks neither ("is due in June", a
    headline) names the nearest such month: last year's only when it is more than two months
    ahead of the story, as news mostly reports the recent past."""
    delta = month - reference.month
    if tense == "past":
        return -1 if delta > 0 else 0
    if tense == "future":
        return 1 if delta < 0 else 0
    return -1 if delta > 2 else 0


def rule_dateparser(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
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


def rule_holiday(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "Thanksgiving Day", "last Christmas", "Election Day": the one the story means.
    "Easter week", "Christmas week": the (ISO, Monday to Sunday) week the holiday falls in,
    a DATE of week granularity (it names when, not how long). "the Labor Day weekend": the
    weekend nearest the holiday (the Saturday within three days of it), YYYY-Www-WE."""
    name = re.sub(r"(?: holiday)? weekend$", "", clean).removeprefix("the ") \
        if clean.endswith(" weekend") else None  # "the Memorial Day (holiday) weekend"
    if name is not None and holiday_table().get(name) is not None:
        day = rule_holiday(name, words[:-1], context)
        if day is None or day.day is None:
            return Timex("DATE", None, "week", "reference")
        forward = (5 - day.day.weekday()) % 7  # days to the Saturday after (0 on a Saturday)
        saturday = day.day + timedelta(days=forward if forward <= 3 else forward - 7)
        return Timex("DATE", f"{week_value(saturday)}-WE", "week", day.anchor)
    week = clean.endswith(" week") and holiday_table().get(clean[:-5].removeprefix("the ")) \
        is not None
    if week:
        name = clean[:-5].removeprefix("the ")
        if context.reference is not None:
            own = holiday_in(holiday_table()[name], context.reference.year)
            if week_value(own) == week_value(context.reference):  # the week the story is in
                return Timex("DATE", week_value(own), "week", "reference")
        day = rule_holiday(name, words[:-1], context)
        if day is None or day.day is None:
            return Timex("DATE", None, "week", "reference")
        return Timex("DATE", week_value(day.day), "week", day.anchor)
    # "the Christmas Day" of "the Christmas Day massacre": the article is the event noun's
    match = re.match(r"^(?:the )?(?:(last|next|this) )?(.+?)(?: (\d{4}))?$", clean)
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
    if match[2].endswith(" week"):  # "Holy Week": the week itself (its rule gives its Monday)
        if week_value(this_year) == week_value(reference):
            day = this_year  # the week the story is in
        return Timex("DATE", week_value(day), "week", "reference")
    return Timex("DATE", day.isoformat(), "day", "reference", day)

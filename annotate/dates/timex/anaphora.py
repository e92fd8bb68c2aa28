"""Expressions that refer back to a period the story has named: "that year", "the same
month", "a year earlier" after "the third quarter", "the 1989 period", "at that point".

A phrase headed by the period it compares ("the year-ago quarter", "the corresponding period
last year", "the same quarter a year ago") is that period a year back, wherever its year
stands: the month named in the same sentence ("in February, from a year earlier") or by the
phrase ("the same month last year"); the quarter the story reported; else, for a quarter, the
last one completed before the story's date, and for an unnamed "period", the year. "Last
year" or "a year earlier" alone stay the year unless the story has reported a quarter or
named a month in the same sentence."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from .reading import Context, Timex
from .values import GRANULARITY_OF_UNIT, format_value, quarter_value, shift

_YEAR_AGO = re.compile(r"^(?:the )?(?:comparable |corresponding |same )?(?:a |one )?year "
                       r"(?:ago|earlier|before)\b|"
                       r"^(?:the )?(?:comparable |corresponding |same )?(?:period|quarter|month) "
                       r"(?:a year ago|a year earlier|last year)$|"
                       r"^last year's (?:quarter|period)$")


def rule_year_ago(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "a year earlier", "the year-ago quarter": in copy that compares periods (earnings,
    jobs figures), the same period a year before the one last mentioned; else the year."""
    if not _YEAR_AGO.match(clean):
        return None
    if context.reference is None:
        return Timex("DATE", None, "year", "reference")
    month = context.mentioned.get("month here") if "period" not in words else None
    month = month or (context.mentioned.get("month") if "month" in words else None)
    if month and re.match(r"^\d{4}-\d\d$", month):
        # Monthly figures ("Exports rose in February from a year earlier", "the same month
        # last year"): the month named in the sentence (or by the phrase's head), a year back
        return Timex("DATE", f"{int(month[:4]) - 1:04d}{month[4:]}", "month", "mentioned:month")
    value = context.mentioned.get("quarter")
    if value and re.match(r"^\d{4}-Q\d$", value) and not _unreported(value, context.reference,
                                                                     started=True):
        return Timex("DATE", f"{int(value[:4]) - 1:04d}{value[4:]}", "quarter",
                     "mentioned:quarter")
    if words[-1] in ("quarter", "period") or "quarter" in words:
        # Results are reported after a quarter closes: the quarter compared is the last one
        # completed, a year before. A quarter heads the phrase wherever the year stands:
        # "the year-ago quarter", "the same quarter a year ago". ("The same period last
        # year" with no quarter named compares with whatever period the story named: the
        # year, as before.)
        quarter = quarter_value(context.reference - relativedelta(months=3, years=1))
        return Timex("DATE", quarter, "quarter", "reference")
    if words[-1] in ("earlier", "before") and (context.mentioned.get("last") or context.previous):
        # "He was arrested in 1995. A year earlier, ...": a year before the time the story set
        # last, a period or a day (TimeML's anchor), not before the story's date; "ago" is.
        return None
    return Timex("DATE", str(context.reference.year - 1), "year", "reference")


_ANAPHORIC = re.compile(
    r"^(?:(the|this|that|the same|that same|the current|the latest|the most recent|the full|"
    r"the fiscal|the calendar|this fiscal|the current fiscal|the latest fiscal|"
    r"the following|the next|the previous|the preceding|the prior|the past) )?"
    r"(day|night|week|month|quarter|year)$")


def rule_anaphoric(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the day", "that year", "the quarter", "the following month": a period the story has
    already placed (or, for "the"/"this", the one the story is written in)."""
    # Earnings copy: "the latest period" is the quarter the story reports, and "full-year"
    # (before "results", "profit") is "the full year", the year reported, not a length.
    clean = re.sub(r"^(the latest|the most recent) period$", r"\1 quarter", clean)
    clean = re.sub(r"^(?:the )?full-year$", "the full year", clean)
    match = _ANAPHORIC.match(clean)
    if not match or (match[1] is None and len(words) > 1):
        return None
    determiner, unit = match[1] or "", match[2]
    granularity = GRANULARITY_OF_UNIT[unit]
    if determiner in ("the next", "the previous") and granularity not in ("day", "time") \
            and context.tense != "future" and context.mentioned.get(granularity):
        # Told of the past after a period the story named ("He arrived in 1995. The next year,
        # he moved"; "In 1995, sales rose from the previous year"), "the next" and "the
        # previous" count from that period, as "the following" and "the preceding" do
        determiner = "the following" if determiner == "the next" else "the preceding"
    if determiner in ("the next", "the previous", "the past"):
        return None  # "the next day" counts from the last date: the ago/later rule
    step = 1 if determiner == "the following" else -1 if determiner in (
        "the preceding", "the prior") else 0
    base, anchor = _anaphor_base(determiner, granularity, context)
    if base is None:
        return Timex("DATE", None, granularity, anchor)
    if determiner in ("the latest", "the most recent") and granularity == "quarter" and anchor == "reference":
        step = -1  # the latest quarter on record is the last one completed
    day = shift(base, step, unit)
    value = format_value(day, granularity)
    if unit == "night":
        value += "TNI"
    return Timex("DATE", value, granularity, anchor, day if granularity == "day" else None)


_ORDINAL_PERIOD = re.compile(
    r"^(?:the |a |an |its |his |her |their |our )?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)) "
    r"(?:straight |consecutive |successive |running )?(day|week|month|year)(?: in a row)?$")


def rule_ordinal_period(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the fifth straight day", "its third week", "the second month in a row": one period
    of a series, counted by an ordinal, names that period (a DATE), not a length: the period
    the story last placed, else the one it is written in, as "the day" or "the year"."""
    match = _ORDINAL_PERIOD.match(clean)
    if not match:
        return None
    return rule_anaphoric(f"the {match[1]}", ["the", match[1]], context)


def _anaphor_base(determiner: str, granularity: str, context: Context) -> tuple[date | None, str]:
    """The day an anaphoric period is counted from: the story's last mention of a period of
    that size (or its last day), else the story's own date."""
    own = ("this", "the current", "this fiscal", "the current fiscal", "the full", "the fiscal",
           "the calendar")
    if determiner in ("the", "") and granularity not in ("quarter", "day"):
        own = own + (determiner,)  # "the year" in news is the year the story is written in
    if determiner not in own:
        value = context.mentioned.get(granularity)
        if value and determiner in ("the latest", "the most recent") and granularity == "quarter" \
                and _unreported(value, context.reference, started=False):
            value = None  # a quarter still running is not the latest one reported
        start = _start_of(value) if value else None
        if start is not None:
            return start, f"mentioned:{granularity}"
        if context.previous is not None and determiner in (
                "that", "the same", "that same", "the following", "the preceding", "the prior"):
            return context.previous, "previous"
    return context.reference, "reference"


def _unreported(value: str, reference: date | None, started: bool) -> bool:
    """Whether a quarter the story named cannot yet have results on the story's date: it
    has not begun (``started``: a forecast for "the third quarter of 1990"), or it has not
    ended. Comparisons with a year before and "the latest quarter" are about reported ones."""
    start = _start_of(value)
    if start is None or reference is None:
        return False
    if started:
        return start > reference
    return start + relativedelta(months=3) > reference


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


def rule_year_period(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "the 1988 quarter", "the 1989 period": the quarter last named, in that year."""
    match = re.match(r"^(?:the |that )?(1[5-9]\d\d|20\d\d) (quarter|period)$", clean)
    if not match:
        return None
    value = context.mentioned.get("quarter")
    if value and re.match(r"^\d{4}-Q\d$", value):
        return Timex("DATE", f"{match[1]}{value[4:]}", "quarter", "mentioned:quarter")
    return Timex("DATE", match[1], "year")


def rule_point(clean: str, words: list[str], context: Context) -> Timex | None:
    """ "at this point" is now; "at that point" the time the story last placed: the period
    it last named itself when that came after its last day ("He was elected in 1998. At that
    point ..." is 1998), else its last day, or some time before now when it has placed
    none."""
    if clean in ("this point", "this moment"):
        return Timex("DATE", "PRESENT_REF", "ref")
    if clean not in ("that point", "that moment"):
        return None
    last = context.mentioned.get("last")
    if last and re.match(r"^\d{3}", last):
        granularity = _granularity_of(last)
        if granularity is not None:
            return Timex("DATE", last, granularity, "mentioned:last")
    if context.previous is not None:
        return Timex("DATE", context.previous.isoformat(), "day", "previous", context.previous)
    return Timex("DATE", "PAST_REF", "ref")


_GRANULARITY = ((re.compile(r"^\d{4}$"), "year"), (re.compile(r"^\d{4}-\d\d$"), "month"),
                (re.compile(r"^\d{4}-Q\d$"), "quarter"), (re.compile(r"^\d{4}-W\d\d$"), "week"),
                (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
                (re.compile(r"^\d{4}-H\d$"), "half"), (re.compile(r"^\d{3}$"), "decade"))


def _granularity_of(value: str) -> str | None:
    """The granularity of a calendar value coarser than a day ("1998" is a year)."""
    return next((name for pattern, name in _GRANULARITY if pattern.match(value)), None)

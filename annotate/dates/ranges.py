"""The end of a range of months or days named without a year: "from June through November",
"between May and September", "Dec. 1 through Jan. 15", "from Monday through Friday"; and the
end of a range of years the model leaves untagged ("from 2010 to 2014": it tags 2010 alone).

Each end is normalised on its own, and the year of a month named without one follows the
tense of its clause (:mod:`.timex.days`). In a range that can split the two ends across
years: "runs from June through November" in an April story would put June in this year and
November, more than two months ahead, in the last. A range runs forward, so its end is the
first such month (or day) on or after its start, in the start's year or the next.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Protocol

from spacy.tokens import Doc, Span

from .timex import MONTHS
from .timex.reading import Timex
from .timex.vocabulary import WEEKDAYS

# Words that join the two ends of a range ("and" only after "between").
_LINKS = {"to", "through", "thru", "until", "till", "-", "–"}
_CALENDAR_VALUE = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?$")
_YEAR = re.compile(r"\b\d{4}\b")


class _Expression(Protocol):
    type: str
    value: str | None
    text: str
    token_start: int
    token_end: int


def range_end(doc: Doc, start: _Expression | None, span: Span, timex: Timex) -> Timex:
    """``timex`` (read from ``span``) with the year that puts it on or after ``start``, the
    expression just before it, when the two are the ends of one range of months or days
    named without a year; else ``timex`` as it is."""
    if start is None or timex.type != "DATE" or start.type != "DATE" \
            or not timex.value or not start.value:
        return timex
    if not _joined(doc, start, span):
        return timex
    if _YEAR.search(start.text) or _YEAR.search(span.text) \
            or not _names_month(doc[start.token_start:start.token_end]) or not _names_month(span):
        return timex
    first, last = _CALENDAR_VALUE.match(start.value), _CALENDAR_VALUE.match(timex.value)
    if first is None or last is None:
        return timex
    begins = (int(first[2]), int(first[3] or 1))
    ends = (int(last[2]), int(last[3] or 1))
    year = int(first[1]) + (1 if ends < begins else 0)
    if year == int(last[1]):
        return timex
    try:
        day = timex.day.replace(year=year) if timex.day else None
    except ValueError:  # Feb. 29 in a year without one
        return timex
    return replace(timex, value=f"{year:04d}{timex.value[4:]}", day=day)


def _joined(doc: Doc, start: _Expression, span: Span) -> bool:
    """``start`` and ``span`` are the two ends of one range: one range word between them
    ("and" only after "between")."""
    link = doc[start.token_end:span.start]
    if len(link) != 1:
        return False
    word = link[0].lower_
    if word == "and":
        return start.token_start > 0 and doc[start.token_start - 1].lower_ == "between"
    return word in _LINKS


def weekday_range(doc: Doc, start: _Expression | None, span: Span, timex: Timex,
                  tense: str) -> tuple[str | None, Timex]:
    """A range of weekdays ("ran from Monday through Friday") runs forward too. Each weekday
    is read on its own as the nearest one in the clause's tense, which can put the end before
    the start (on a Wednesday, the Monday two days back and the Friday five days back). In a
    future clause the end moves a week ahead; otherwise the start moves a week back, so that
    the whole range stays before the story. Returns the start's new value (None when it
    stays) and the end."""
    if start is None or timex.type != "DATE" or start.type != "DATE" or timex.day is None \
            or not start.value or not _joined(doc, start, span) \
            or not _names_weekday_only(doc[start.token_start:start.token_end]) \
            or not _names_weekday_only(span):
        return None, timex
    first = _CALENDAR_VALUE.match(start.value)
    if first is None or first[3] is None:
        return None, timex
    begins = date(int(first[1]), int(first[2]), int(first[3]))
    if timex.day >= begins or (begins - timex.day).days > 6:
        return None, timex
    if tense == "future":
        day = timex.day + timedelta(weeks=1)
        return None, replace(timex, value=day.isoformat() + timex.value[10:], day=day)
    return (begins - timedelta(weeks=1)).isoformat() + start.value[10:], timex


def _names_weekday_only(span: Span) -> bool:
    words = [t.lower_ for t in span if not t.is_punct]
    return any(w in WEEKDAYS for w in words) and not any(
        t.like_num or t.lower_.rstrip(".") in MONTHS for t in span)


def _names_month(span: Span) -> bool:
    return any(t.lower_.rstrip(".") in MONTHS for t in span)


_YEAR_WORD = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def untagged_year_ends(doc: Doc, starts: list[Span]) -> list[Span]:
    """ "served from 2010 to 2014", "between 1998 and 2003": TimeML marks both ends of a range
    of years, but the model often tags only its start. A year-like figure right after a
    range word, when the range opens with "from" or "between" before a year the model did
    tag, is the range's end. A figure that counts a noun after it ("from 2010 to 2014
    votes") is no year."""
    found = []
    for start in starts:
        link = start.end
        if link + 1 >= len(doc) or start.start == 0 or not _YEAR_WORD.match(start[-1].text):
            continue
        opener, word = doc[start.start - 1].lower_, doc[link].lower_
        if not (opener == "from" and word in _LINKS or opener == "between" and word == "and"):
            continue
        end = doc[link + 1]
        after = doc[link + 2] if link + 2 < len(doc) else None
        if not _YEAR_WORD.match(end.text) or end.ent_type_ in ("DATE", "TIME") \
                or after is not None and after.pos_ in ("NOUN", "PROPN", "NUM"):
            continue
        found.append(doc[end.i:end.i + 1])
    return found


_CLOCK_ONLY = re.compile(r"^(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)$",
                         re.IGNORECASE)
_TIME_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d)(T.+)$")


def clock_range_start(doc: Doc, start: _Expression | None, span: Span,
                      timex: Timex) -> str | None:
    """ "from 7 a.m. to 8 p.m. Tuesday": the day named after the range's end is the day of
    its start too, when the start is a bare clock time (read on the story's day). Returns
    the start's new value, or None when it stays."""
    if start is None or start.type != "TIME" or timex.type != "TIME" or not start.value \
            or not timex.value or not _joined(doc, start, span) \
            or not _CLOCK_ONLY.match(start.text.strip()):
        return None
    first, last = _TIME_VALUE.match(start.value), _TIME_VALUE.match(timex.value)
    if first is None or last is None or first[1] == last[1]:
        return None
    return f"{last[1]}{first[2]}"

"""Shaping a tagged span into TimeML's time expressions: trimming the words around it, extending
it to the words the model left out, and joining neighbours that are one expression. Splitting
ranges and lists into one expression per point is in ``splits.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .timex import MONTHS, PARTS_OF_DAY, SEASONS, SPELLED_YEAR, UNITS, WEEKDAYS

_LEADING_WORDS = {"on", "in", "at", "since", "by", "from", "until", "till", "through", "during",
                  "for", "of", "as", "within", "to", "into", "over", "after", "before", "between",
                  "both", "either"}
_TIME_WORDS = (set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | set(PARTS_OF_DAY)
               | {u + s for u in UNITS for s in ("", "s")}
               | {"today", "yesterday", "tomorrow", "now", "noon", "midday", "midnight", "ago", "later",
                  "earlier", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                  "decades", "centuries", "a.m.", "p.m.", "am", "pm", "recently", "currently",
                  "hourlong", "yearlong", "daylong", "weeklong", "monthlong", "past", "future",
                  "present", "quarter", "fiscal", "sept", "jan", "feb", "aug", "oct", "nov", "dec",
                  "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                  "nineties", "summers", "winters", "springs", "autumns", "falls", "millennium"})
_YEAR_OR_CLOCK = re.compile(r"^(?:1[5-9]\d\d|20\d\d|'\d\d|\d{1,2}:\d\d|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|1[5-9]\d0s|20\d0s|\d0s)$")


@dataclass(frozen=True)
class Candidate:
    span: Span
    text: str  # what is normalised: the span's text, or with what a range end leaves out


_CLOCK_TOKEN = re.compile(r"^(?:\d{1,2}:\d\d|[ap]\.?m\.?|noon|midnight)$", re.IGNORECASE)
_RELATIVE_END = {"ago", "earlier", "later", "before", "after", "afterward", "afterwards"}


_BYLINE_WORDS = {"published", "updated", "posted"}


def joins(previous: Span, span: Span) -> bool:
    """Whether two neighbouring entities are one expression: "Tuesday" + "evening", "5 p.m.
    EST" + ", Nov. 6" (a clock time and its day); not "four hours" + "Friday" (a stretch of
    time and the day it took place: two expressions)."""
    if previous.end < span.start:
        doc = span.doc
        if _part_of_day_of(previous, span) or _counted_from_day(previous, span):
            return True
        if any(t.lower_ in _BYLINE_WORDS for t in doc[max(0, previous.start - 3):previous.start]):
            return False  # a byline ("Published 10:22 AM EST, March 4, 2026") shows both parts
        return previous.end + 1 == span.start and doc[previous.end].text == "," \
            and any(_CLOCK_TOKEN.match(t.text) for t in previous) \
            and not any(kind_of(t) for t in previous) and any(kind_of(t) for t in span) \
            and not any(unit_word(t) for t in span)
    if any(unit_word(t) for t in previous) and previous[-1].lower_ not in _RELATIVE_END \
            and previous[-1].lower_ != "of" \
            and is_point(span) and not any(unit_word(t) for t in span):
        return False
    return True


def _part_of_day_of(previous: Span, span: Span) -> bool:
    """ "the morning" + "of" + "Jan. 5", "the night of Tuesday": a part of the day named by
    the day after "of" is one TIME (TIMEX3: 2026-01-05TMO, as "Jan. 5 morning" would be), not a
    vague part of the day and a DATE. Only when the day is a month's day or a weekday."""
    doc = span.doc
    return previous.end + 1 == span.start and doc[previous.end].lower_ == "of" \
        and len(previous) == 2 and previous[0].lower_ in ("the", "that", "this") \
        and previous[1].lower_ in PARTS_OF_DAY \
        and any(kind_of(t) in ("month", "weekday") for t in span) \
        and not any(unit_word(t) for t in span)


def _counted_from_day(previous: Span, span: Span) -> bool:
    """ "a week" + "from" + "Monday", "two days" + "from" + "Jan. 5": a stretch counted forward
    from a named day is one DATE (that day plus the stretch), as "a week from today" is. Only a
    day (a weekday, or a month with its day), never a year or a range ("from 1990")."""
    doc = span.doc
    if previous.end + 1 != span.start or doc[previous.end].lower_ != "from" \
            or len(previous) != 2 or not unit_word(previous[-1]) \
            or previous[-1].lower_.rstrip("s") not in ("day", "week", "month", "year"):
        return False
    after = doc[span.end:span.end + 1]
    words = [t.lower_ for t in span] + [t.lower_ for t in after]  # "from Monday to Saturday"
    if any(w in ("to", "through", "thru", "until", "till", "and", "-", "–") for w in words):
        return False
    return any(kind_of(t) == "weekday" for t in span) or any(kind_of(t) == "month" for t in span) \
        and any(t.like_num and not kind_of(t) for t in span)


def unit_word(token: Token) -> bool:
    return token.lower_.rstrip("s") in UNITS or token.lower_ in ("centuries", "few", "several")


# Words that belong to the expression when the model leaves them out ("this" in "this year").
LEFT_WORDS = {"this", "that", "last", "next", "the", "early", "late", "mid", "earlier", "later",
              "each", "every"}


def extend_left(span: Span) -> Span:
    start = span.start
    first = span.doc[start]
    word = first.lower_.rstrip(".")
    if not (unit_word(first) or word in SEASONS or word in WEEKDAYS
            or word in MONTHS and first.is_title or first.is_title and word in _HOLIDAY_WORDS):
        return span
    # TimeML leaves the article out before a calendar name ("the Aug. 7 bombings").
    words = LEFT_WORDS - {"the"} if kind_of(first) in ("month", "weekday") else LEFT_WORDS
    while start > 0 and span.doc[start - 1].lower_ in words and start > span.start - 2:
        start -= 1
    return span.doc[start:span.end]


def _other_count(token: Token) -> bool:
    """ "two", "three" or "so" after "a year or": the other end of an approximate count."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN"):
        return False  # "a year or 12,000 miles": a count of something else
    return token.lower_ == "so" or token.like_num and token.lower_ not in ("one", "1")


def extend_right(span: Span) -> Span:
    """ "the 1989 period", "the year-ago quarter": the period noun belongs to the expression
    when the model tags only the year before it. "five years" + "from now", "the day" +
    "after" (with no object: counted from the last event): the words that anchor a counted
    stretch belong to it too."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    following = doc[span.end]
    if span[-1].lower_ == "century" and following.lower_ in _ERAS:  # "the fifth century BC"
        return doc[span.start:span.end + 1]
    # "a year or" + "two": a span never ends on a conjunction; the other count of an
    # approximate one, which the model left out, belongs to it
    if span[-1].lower_ == "or" and len(span) >= 2 and unit_word(span[-2]) \
            and _other_count(following):
        return doc[span.start:span.end + 1]
    if _CLOCK_FIGURE.match(span[-1].text):
        # "10:45" + "local time", "06:00" + "GMT": the zone belongs to the clock time (and
        # makes a 24-hour figure a time of day)
        if following.lower_ == "local" and span.end + 1 < len(doc) \
                and doc[span.end + 1].lower_ == "time":
            return doc[span.start:span.end + 2]
        if following.lower_ in _ZONES:
            return doc[span.start:span.end + 1]
    if span[-1].lower_ in ("quarter", "quarters", "half") and following.lower_ == "of" \
            and span.end + 2 < len(doc) and doc[span.end + 1].lower_ in ("a", "an") \
            and unit_word(doc[span.end + 2]):  # "a quarter" + "of an hour"
        return doc[span.start:span.end + 3]
    if unit_word(span[-1]) and following.lower_ == "from" and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in ("now", "today"):
        return doc[span.start:span.end + 2]
    if unit_word(span[-1]) and following.lower_ in ("after", "before") \
            and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ("that", "this") \
            and (span.end + 2 == len(doc) or doc[span.end + 2].is_punct
                 or doc[span.end + 2].pos_ in ("PRON", "DET", "PROPN", "NOUN")
                 and doc[span.end + 1].dep_ != "det"):
        return doc[span.start:span.end + 2]  # "two days after that": counted from the last
    if unit_word(span[-1]) and span[0].lower_ == "the" and len(span) == 2 \
            and following.lower_ in ("after", "before") \
            and (span.end + 1 == len(doc) or doc[span.end + 1].is_punct):
        return doc[span.start:span.end + 1]
    if following.lower_ not in ("period", "quarter", "quarters"):
        return span
    last = span[-1].lower_
    if not (re.match(r"^(?:1[5-9]\d\d|20\d\d)$", last) or last in ("year-ago", "year-earlier")
            or last in ("ago", "earlier") and len(span) >= 2 and span[-2].lower_ in ("year", "-")):
        return span
    start = span.start
    if start > 0 and doc[start - 1].lower_ in ("the", "that", "this", "its") and len(span) == 1:
        start -= 1
    return doc[start:span.end + 1]


_ERAS = {"bc", "b.c.", "bce", "b.c.e.", "ad", "a.d.", "ce", "c.e."}
_CLOCK_FIGURE = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
# Time zones written after a clock time in wire copy (clock.ZONE reads them in the value).
_ZONES = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
          "cest"}
_HOLIDAY_WORDS = {"thanksgiving", "christmas", "easter", "halloween", "election", "labor",
                  "memorial", "independence", "veterans"}


def kind_of(token: Token) -> str | None:
    """"month", "weekday" or "year" for a token naming one, else None."""
    word = token.lower_.rstrip(".")
    if word in MONTHS and (token.is_title or "." in token.text):
        return "month"
    if word in WEEKDAYS:
        return "weekday"
    if re.match(r"^(?:1[5-9]\d\d|20\d\d)$", token.text):
        return "year"
    return None


_DEICTIC_DAYS = {"today", "tomorrow", "yesterday", "tonight", "now"}


def is_point(span: Span) -> bool:
    """A calendar point (a month, weekday, year, clock time, "today" or "now"), not a stretch
    of time."""
    return any(point_word(t) for t in span) and not any(unit_word(t) for t in span)


# The words that make a figure a clock time ("9 a.m."): a point, as "9:30" is.
_CLOCK_WORDS = {"a.m.", "p.m.", "a.m", "p.m", "noon", "midnight"}


def point_word(token: Token) -> bool:
    """A month, weekday, year, clock time, "today" or "now": a word that names a point."""
    return bool(kind_of(token) or _YEAR_OR_CLOCK.match(token.text) or token.lower_ in _DEICTIC_DAYS
                or token.lower_ in _CLOCK_WORDS)


# A finite or base verb the model put at the start of an entity ("worked day" in "Crews
# worked day and night"): no part of a time expression. Participles are left: "coming weeks".
_FINITE_VERBS = {"VB", "VBD", "VBP", "VBZ"}


# The word of an "as ... as" comparison before a time: "as early as", "as soon as", "as long as".
_COMPARED_WORDS = {"early", "late", "soon", "long", "recently", "far", "much", "many", "often"}


def trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING_WORDS or doc[start].is_punct
                           or doc[start].tag_ in _FINITE_VERBS and start + 1 < end
                           or doc[start].is_space
                           or doc[start].lower_ in ("least", "most") and start > 0
                           and doc[start - 1].lower_ == "at" and start + 1 < end):
        start += 1  # "at least" is a modifier only when the model splits it ("least 1990")
    if end - start >= 3 and start > 0 and doc[start - 1].lower_ == "as" \
            and doc[start + 1].lower_ == "as" and doc[start].lower_ in _COMPARED_WORDS:
        start += 2  # "as early as next week": the comparison is no part of the time (TimeML)
    if end - start >= 2 and doc[start].lower_ in ("only", "just"):
        start += 1  # "only 14 days", "just last month": a focus adverb, not a modifier of time
    if end - start >= 2 and doc[start].lower_ in ("the", "a", "an") \
            and kind_of(doc[start + 1]) in ("month", "weekday"):
        start += 1  # "the Aug. 7 bombings", "an Aug. 10, 1988, letter": the article is not part
    if end - start >= 3 and doc[start].text.isdigit() and doc[start + 1].text.isdigit() \
            and unit_word(doc[start + 2]):
        start += 1  # "Call 911 24 hours a day": a figure before the count is not part of it
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (".",)
                           or doc[end - 1].is_space or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    # A trailing "." belongs to an abbreviation ("a.m.", "Feb.") only as part of its token.
    while end > start and doc[end - 1].text == ".":
        end -= 1
    return doc[start:end] if end > start else None


def is_time_expression(span: Span) -> bool:
    """Drop bare numbers and other entities with no word of time in them."""
    if len(span) == 1 and span[0].tag_ == "MD":
        return False  # "may" the verb
    if SPELLED_YEAR.search(span.text.lower()):
        return True  # "nineteen ninety-six" in broadcast transcripts
    for token in span:
        word = token.lower_.rstrip(".")
        if word in _TIME_WORDS or token.lower_ in _TIME_WORDS or _YEAR_OR_CLOCK.match(token.text):
            return True
        if any(part in _TIME_WORDS or _YEAR_OR_CLOCK.match(part) for part in word.split("-")):
            return True  # "mid-1996", "the mid-1990s", "year-end"
    return False

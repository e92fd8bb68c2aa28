"""Splitting a tagged span into one TimeML expression per point: ranges ("1985 and 1987",
"March 3-5", "2003-04"), lists ("Monday and Tuesday"), and a stretch with the date it lies in
or ends on ("the first nine months of 1997", "two weeks in March", "the quarter ended Sept.
30")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .spans import Candidate, is_time_expression, kind_of, point_word, trim, unit_word
from .timex import MONTHS

_RANGE_WORDS = {"and", "to", "through", "thru", "until", "till", "-", "–", "or", "&", "/"}
_PERIOD_END_WORDS = {"ended", "ending"}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}


# The words split() can split at; any other word is passed over without a look at its sides.
_SPLIT_WORDS = _RANGE_WORDS | _PERIOD_END_WORDS | {"of", ",", "in"}


def split(span: Span) -> list[Candidate]:
    """Split "1985 and 1987", "March 3-5", "Aug. 26 to Oct. 20", "Monday and Tuesday" into one
    expression per point, as TimeML does. A period closed by a date stays one candidate for
    the normaliser ("the quarter ended Sept. 30") but is split into its two expressions.

    One pass from left to right (a list of thousands of dates is one long entity): each split
    goes on with the rest, and whether a part is a point is read from counts made once.
    """
    doc = span.doc
    points = _PointCounts(span)
    pieces: list[Candidate] = []
    while True:
        rest = None
        for i in range(span.start + 1, span.end - 1):
            word = doc[i].lower_
            if word not in _SPLIT_WORDS or word == "-" and doc[i - 1].lower_ in _TENS:
                continue  # "March twenty-first": a number spelled with a hyphen is no range
            left, right = doc[span.start:i], trim(doc[i + 1:span.end])
            if right is None:
                continue
            if word in _PERIOD_END_WORDS and is_time_expression(right):
                pieces.append(Candidate(left, span.text))
                rest = right
                break
            if word == "of" and _counted_stretch(left) and (points.is_point(right) or re.match(
                    r"^(?:the|this|last|that) year$", right.text.lower())):
                # "the first nine months of 1997": a stretch and the year it lies in
                pieces.append(Candidate(left, left.text))
                rest = right
                break
            if word == "in" and _counted_units(left) and points.is_point(right):
                # "jailed for 10 years in 1990", "two weeks in March": a length and the date
                # it lies in are two expressions; "in" is no part of either (TimeML)
                pieces.append(Candidate(left, left.text))
                rest = right
                break
            if word == "to" and _counted_stretch(left) and points.is_point(right):
                # "the three months to March": a stretch and the date it ends on, two
                # expressions as "the 12 months ended March 31" are (a DURATION and a DATE)
                pieces.append(Candidate(left, left.text))
                rest = right
                break
            if word in _RANGE_WORDS or (word == "," and _samekind_of(doc[i - 1], doc[i + 1])):
                if not points.is_point(left):
                    continue
                if points.is_point(right):
                    pieces.append(Candidate(left, left.text))
                    rest = right
                    break
                end_year = _year_range_end(left, right[:1]) if word in ("-", "–", "/", "to") \
                    and not any(t.like_num or point_word(t) for t in right[1:]) else None
                if end_year:
                    # "2003-04", "the 2021-22 budget year", "the 2003-04 season": a range of
                    # years written with the end's last two digits, one expression per year
                    # as for "1998-2000"; a noun the model tagged with it ("season") is left
                    # out, as TimeML leaves out the noun a date modifies
                    return pieces + [Candidate(left, left.text),
                                    Candidate(right[:1], end_year)]
                if len(right) == 1 and right[0].like_num and _month_day(left):
                    month = _month_day(left)
                    return pieces + [Candidate(left, left.text),
                                    Candidate(right, f"{month} {right.text}")]
        if rest is None:
            return pieces + [Candidate(span, span.text)]
        span = rest


class _PointCounts:
    """Running counts of point words and unit words over a span, so that ``spans.is_point`` of
    any part of it is two subtractions (made on first use)."""

    def __init__(self, span: Span) -> None:
        self.span = span
        self.points: list[int] = []
        self.units: list[int] = []

    def is_point(self, part: Span) -> bool:
        """``is_point(part)`` for a part of the span."""
        if not self.points:
            self.points, self.units = [0], [0]
            for token in self.span:
                self.points.append(self.points[-1] + bool(point_word(token)))
                self.units.append(self.units[-1] + bool(unit_word(token)))
        start, end = part.start - self.span.start, part.end - self.span.start
        return self.points[end] > self.points[start] and self.units[end] == self.units[start]


def _counted_stretch(span: Span) -> bool:
    """ "the first nine months", "the past six weeks": a count of months, weeks or days."""
    return len(span) >= 2 and span[-1].lower_ in ("months", "weeks", "days") \
        and (span[-2].like_num and not span[-2].lower_ in ("first", "second", "third"))


def _counted_units(span: Span) -> bool:
    """ "10 years", "two weeks": a figure or number word right before a unit of time."""
    return len(span) >= 2 and unit_word(span[-1]) and span[-2].like_num \
        and span[-2].lower_ not in ("first", "second", "third")


def _samekind_of(left: Token, right: Token) -> bool:
    kind = kind_of(left)
    return kind is not None and kind == kind_of(right)


def _year_range_end(left: Span, right: Span) -> str | None:
    """ "2004" for the "04" of "2003-04": a two-digit number after a year, later than it
    within the century (so "2003-01" is not read as a range)."""
    if len(right) != 1 or not re.match(r"^\d\d$", right[0].text) \
            or not re.match(r"^(?:1[5-9]|20)\d\d$", left[-1].text):
        return None
    start = int(left[-1].text)
    end = start - start % 100 + int(right[0].text)
    return str(end) if end > start else None


def _month_day(span: Span) -> str | None:
    """ "April" from "April 24": the month a bare "25" after it shares."""
    words = [t.lower_.rstrip(".") for t in span]
    if len(words) >= 2 and words[-2] in MONTHS and span[-1].like_num:
        return words[-2]
    return None

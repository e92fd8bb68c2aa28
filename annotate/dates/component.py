"""The dates layer: time expressions, typed and normalised to TIMEX3 against the story's date.

Candidates are the model's DATE and TIME entities, trimmed to TimeML's span conventions (no
leading "on", "since" ...). Each is normalised by :mod:`annotate.timex` in text order, so that
"two days later" resolves against the last date the story placed on the calendar, and a weekday
follows the tense of its clause ("met Monday" is the Monday before, "will meet Monday" after).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..pipeline.extensions import add_warning, register_extensions
from .refdate import find_reference_date
from .timex import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SPELLED_YEAR,
    UNITS,
    WEEKDAYS,
    holiday_table,
    normalise,
    word_table,
)

register_extensions()

_LEADING_WORDS = {"on", "in", "at", "since", "by", "from", "until", "till", "through", "during",
                  "for", "of", "as", "within", "to", "into", "over", "after", "before", "between",
                  "both", "either"}
_TIME_WORDS = (set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | set(PARTS_OF_DAY)
               | {u + s for u in UNITS for s in ("", "s")}
               | {"today", "yesterday", "tomorrow", "now", "noon", "midnight", "ago", "later",
                  "earlier", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                  "decades", "centuries", "a.m.", "p.m.", "am", "pm", "recently", "currently",
                  "hourlong", "yearlong", "daylong", "weeklong", "monthlong", "past", "future",
                  "present", "quarter", "fiscal", "sept", "jan", "feb", "aug", "oct", "nov", "dec",
                  "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                  "nineties"})
_YEAR_OR_CLOCK = re.compile(r"^(?:1[5-9]\d\d|20\d\d|'\d\d|\d{1,2}:\d\d|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|1[5-9]\d0s|20\d0s|\d0s)$")


@dataclass
class TimeExpression:
    id: str
    start: int  # character offsets into doc.text
    end: int
    text: str
    type: str
    value: str | None
    granularity: str | None
    anchor: str | None  # "reference", the id of another expression, or None (absolute)
    token_start: int
    token_end: int


@Language.factory("annotate_dates", assigns=["doc._.annotate_dates"], requires=["doc.ents"])
def make_dates_component(nlp: Language, name: str) -> "DatesComponent":
    return DatesComponent(nlp)


class DatesComponent:
    """Finds and normalises time expressions; the dateparser instance is shared process-wide."""

    def __init__(self, nlp: Language) -> None:
        # Word patterns tokenised by the pipeline's own tokenizer, once per pipeline.
        self.matcher = _phrase_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        reference = doc._.annotate_reference_date
        if reference is None:
            found = find_reference_date(doc.text)
            if found is not None:
                reference = doc._.annotate_reference_date = found.day
                doc._.annotate_reference_source = found.source
            else:
                add_warning(doc, "no reference date: relative dates are left unresolved "
                                 "(pass --date YYYY-MM-DD)")
        expressions: list[TimeExpression] = []
        previous: tuple[date, str] | None = None
        # The last value the story gave at each granularity, for "that year", "a year earlier".
        mentioned: dict[str, tuple[str, str]] = {}
        clauses = ClauseMemo()
        for candidate in _candidates(doc, self.matcher):
            span = candidate.span
            timex = normalise(candidate.text, reference, previous[0] if previous else None,
                              clause_tense(span, clauses),
                              {g: v for g, (v, _) in mentioned.items()})
            expression = TimeExpression(
                id=f"D{len(expressions) + 1}", start=span.start_char, end=span.end_char,
                text=span.text, type=timex.type, value=timex.value,
                granularity=timex.granularity,
                anchor=_anchor_id(timex.anchor, previous, mentioned),
                token_start=span.start, token_end=span.end)
            expressions.append(expression)
            if timex.day is not None and timex.value is not None:
                previous = (timex.day, expression.id)
            # Only a period the story names itself is a base for later ones: "a year earlier"
            # after "a year earlier" still counts from the quarter first named.
            if timex.type == "DATE" and timex.value and timex.value[:1].isdigit() \
                    and timex.granularity and not (timex.anchor or "").startswith("mentioned"):
                mentioned[timex.granularity] = (timex.value, expression.id)
                # A day or month also names its year (and a day its month): "in June 1998 ...
                # later that year".
                if timex.granularity in ("day", "month") and re.match(r"^\d{4}-\d\d", timex.value):
                    mentioned["year"] = (timex.value[:4], expression.id)
                    if timex.granularity == "day":
                        mentioned["month"] = (timex.value[:7], expression.id)
        doc._.annotate_dates = expressions
        return doc


def _anchor_id(anchor: str | None, previous: tuple[date, str] | None,
               mentioned: dict[str, tuple[str, str]]) -> str | None:
    """ "previous" and "mentioned:<granularity>" become the id of the expression meant."""
    if anchor == "previous":
        return previous[1] if previous else "reference"
    if anchor and anchor.startswith("mentioned:"):
        found = mentioned.get(anchor.split(":", 1)[1])
        return found[1] if found else "reference"
    return anchor


@dataclass(frozen=True)
class _Candidate:
    span: Span
    text: str  # what is normalised: the span's text, or with what a range end leaves out


def _candidates(doc: Doc, matcher: PhraseMatcher) -> list[_Candidate]:
    """DATE and TIME entities, trimmed to TimeML conventions and split at range connectors,
    plus the words the model does not tag (models/timex_words.tsv); false positives dropped."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        span = _trim(ent)
        if span is None or not _is_time_expression(span) or _is_age(span) \
                or _is_greeting_or_modifier(span):
            continue
        span = _extend_right(_extend_left(span))
        if spans and _joins(spans[-1], span):  # "Tuesday" + "evening": one expression
            span = doc[min(spans.pop().start, span.start):span.end]
        spans.append(span)
    candidates = [piece for span in spans for piece in _split(span)]
    matches = matcher(doc)
    holiday = doc.vocab.strings["HOLIDAY"]
    candidates = _prefer_holidays(candidates, [doc[start:end] for match_id, start, end in matches
                                               if match_id == holiday])
    taken = {i for c in candidates for i in range(c.span.start, c.span.end)}
    for span in _word_matches(doc, matches) + _long_compounds(doc) + _inside_entities(doc) \
            + _untagged_weekdays(doc) + _untagged_durations(doc):
        if not any(i in taken for i in range(span.start, span.end)):
            candidates.append(_Candidate(span, span.text))
            taken.update(range(span.start, span.end))
    candidates.sort(key=lambda c: c.span.start)
    return [_rate(c) for c in candidates]


def _prefer_holidays(candidates: list[_Candidate], holidays: list[Span]) -> list[_Candidate]:
    """A named day the model tags only in part ("Good Friday" as "Friday") is the whole name:
    a holiday replaces the candidates it strictly contains, when it contains all it overlaps.
    Candidates are looked up by token, so a story naming thousands of holidays stays linear."""
    if not holidays:
        return candidates
    wanted = {i for span in holidays for i in range(span.start, span.end)}
    pool = list(candidates)
    alive = [True] * len(pool)  # False once replaced by a holiday
    over: dict[int, list[int]] = defaultdict(list)  # holiday token -> candidates over it

    def register(number: int) -> None:
        for i in range(pool[number].span.start, pool[number].span.end):
            if i in wanted:
                over[i].append(number)

    for number in range(len(pool)):
        register(number)
    for span in holidays:
        numbers = sorted({n for i in range(span.start, span.end) for n in over.get(i, ())
                          if alive[n]})
        inside = [pool[n] for n in numbers]
        if inside and all(span.start <= c.span.start and c.span.end <= span.end
                          and len(c.span) < len(span) for c in inside):
            for n in numbers:
                alive[n] = False
            pool.append(_Candidate(span, span.text))
            alive.append(True)
            register(len(pool) - 1)
    return [c for c, kept in zip(pool, alive) if kept]


_CLOCK_TOKEN = re.compile(r"^(?:\d{1,2}:\d\d|[ap]\.?m\.?|noon|midnight)$", re.IGNORECASE)
_RELATIVE_END = {"ago", "earlier", "later", "before", "after", "afterward", "afterwards"}


_BYLINE_WORDS = {"published", "updated", "posted"}


def _joins(previous: Span, span: Span) -> bool:
    """Whether two neighbouring entities are one expression: "Tuesday" + "evening", "5 p.m.
    EST" + ", Nov. 6" (a clock time and its day); not "four hours" + "Friday" (a stretch of
    time and the day it took place: two expressions)."""
    if previous.end < span.start:
        doc = span.doc
        if any(t.lower_ in _BYLINE_WORDS for t in doc[max(0, previous.start - 3):previous.start]):
            return False  # a byline ("Published 10:22 AM EST, March 4, 2026") shows both parts
        return previous.end + 1 == span.start and doc[previous.end].text == "," \
            and any(_CLOCK_TOKEN.match(t.text) for t in previous) \
            and not any(_kind(t) for t in previous) and any(_kind(t) for t in span) \
            and not any(_unit_word(t) for t in span)
    if any(_unit_word(t) for t in previous) and previous[-1].lower_ not in _RELATIVE_END \
            and previous[-1].lower_ != "of" \
            and _is_point(span) and not any(_unit_word(t) for t in span):
        return False
    return True


# Earnings copy names the quarter it reports without a date: "sales in the latest period".
_LATEST_PERIODS = ("the latest period", "the latest quarter", "the most recent quarter",
                   "the most recent period")


def _phrase_matcher(nlp: Language) -> PhraseMatcher:
    """Listed time words, holidays and earnings periods, matched case-insensitively."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TIMEX_WORD", [nlp.make_doc(phrase) for phrase in word_table()])
    matcher.add("HOLIDAY", [nlp.make_doc(phrase) for phrase in holiday_table()])
    matcher.add("PERIOD", [nlp.make_doc(phrase) for phrase in _LATEST_PERIODS])
    return matcher


def _word_matches(doc: Doc, matches: list[tuple[int, int, int]]) -> list[Span]:
    """Listed words ("now", "recently", "the future"), longest first where they overlap."""
    spans = [doc[start:end] for _, start, end in matches]
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if kept and span.start < kept[-1].end:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.like_num or _unit_word(after)):
            continue  # "the past three months" is a duration the model should have tagged
        kept.append(_extend_left(span))
    return kept


_LONG = re.compile(r"^(?:hour|day|night|week|month|year|decade|minute)s?-?long$", re.IGNORECASE)
_LONG_MODIFIERS = {"a", "an", "roughly", "nearly", "about", "almost", "some", "more", "than"}


def _long_compounds(doc: Doc) -> list[Span]:
    """ "a roughly hourlong call", "a weeklong visit", "day-long talks": durations the model
    leaves untagged."""
    found = []
    for token in doc:
        end = None
        if _LONG.match(token.text):
            start, end = token.i, token.i + 1
        elif token.lower_ == "long" and token.i >= 2 and doc[token.i - 1].text == "-" \
                and _LONG.match(doc[token.i - 2].text + "-long"):
            start, end = token.i - 2, token.i + 1
        if end is None:
            continue
        while start > 0 and doc[start - 1].lower_ in _LONG_MODIFIERS and start > end - 5:
            start -= 1
        found.append(doc[start:end])
    return found


_ENTITY_DATE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
    r"\d{1,2}(?:st|nd|rd|th)?(?:, (?:1[5-9]\d\d|20\d\d))?|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:1[5-9]\d\d|20\d\d))$")


def _inside_entities(doc: Doc) -> list[Span]:
    """ "the Aug. 7 embassy bombings", "the Sept. 11 attacks": a calendar date inside a name
    the model tags as an event (or another kind of entity)."""
    found = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "PERSON", "WORK_OF_ART"):
            continue
        for i, token in enumerate(ent):
            if not (token.is_title and token.lower_.rstrip(".") in MONTHS):
                continue
            for length in (4, 2):
                piece = doc[token.i:min(token.i + length, ent.end)]
                if _ENTITY_DATE.match(piece.text.lower()):
                    found.append(piece)
                    break
    return found


_DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
                   "century", "quarter"}
# Words before "a week" that make it a stretch of time, not a rate ("four flights a week").
_BEFORE_ONE = {"over", "about", "nearly", "almost", "than", "for", "within", "in", "after",
               "least", "only", "just", "barely", "roughly", "some", "around", "under"}
_DURATION_MODIFIERS = {"about", "nearly", "almost", "over", "some", "only", "just", "barely",
                       "roughly", "around", "under", "up", "to", "more", "less", "fewer", "than",
                       "at", "least", "most"}


_ORDINAL = re.compile(r"^(?:\d*(?:1st|2nd|3rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth|\w+th|\w+-(?:first|second|third))$")


def _untagged_durations(doc: Doc) -> list[Span]:
    """ "at least 20 more years", "two more weeks", "over a week", "several quarters", "about
    5 1/2 hours": durations the model tags as a number or quantity, or not at all."""
    found = []
    for token in doc:
        word = token.lower_
        unit = word[:-1] if word.endswith("s") else word
        unit = "century" if word == "centuries" else unit
        if unit not in _DURATION_UNITS or token.tag_ not in ("NN", "NNS") \
                or token.ent_type_ in ("DATE", "TIME") or token.is_title and token.i > 0:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.text in ("-", "'s", "’s") or after.lower_ == "old"):
            continue  # an age ("two years old") or a modifier ("a week's delay")
        start = token.i
        if start > 0 and doc[start - 1].lower_ in ("more", "other"):
            start -= 1  # "two more weeks"
        amount = start
        while amount > 0 and (doc[amount - 1].like_num and not _ORDINAL.match(doc[amount - 1].lower_)
                              or doc[amount - 1].lower_ in ("several", "few", "couple")):
            amount -= 1
        if amount == start - 1 and doc[amount].lower_ == "one" and unit == "day" and not (
                amount > 0 and doc[amount - 1].lower_ in _BEFORE_ONE):
            continue  # "will one day be": some day, not a day's length
        if amount == start:
            if not (word == unit and start > 1 and doc[start - 1].lower_ in ("a", "an")
                    and doc[start - 2].lower_ in _BEFORE_ONE and unit not in ("quarter", "second")):
                continue  # "four flights a week" is a rate, "a quarter of" a fraction
            amount -= 1
        elif unit == "second" and word == unit:
            continue
        if amount > 0 and doc[amount - 1].lower_ == "a" and doc[amount].lower_ in ("few", "couple"):
            amount -= 1
        while amount > 0 and doc[amount - 1].lower_ in _DURATION_MODIFIERS and amount > start - 6:
            amount -= 1
        while amount < start and doc[amount].lower_ in ("to", "up"):
            amount += 1
        end = token.i + 1
        if after is not None and after.lower_ in ("ago", "earlier", "later"):
            end += 1
        found.append(doc[amount:end])
    return found


def _untagged_weekdays(doc: Doc) -> list[Span]:
    """ "Late Monday, officials said ...": a weekday the model leaves untagged (mostly at the
    start of a paragraph), with the words before it that belong to it."""
    found = []
    for token in doc:
        deictic = token.lower_ in ("today", "yesterday", "tomorrow", "tonight")
        if token.ent_type_ or not (deictic or token.is_title and token.lower_ in WEEKDAYS):
            continue
        if deictic and token.i > 0 and doc[token.i - 1].text[:1].isupper() \
                and not doc[token.i - 1].is_sent_start:
            continue  # "USA Today", "Radio Today": a name
        if token.tag_ not in ("NNP", "NN") or token.i > 0 and doc[token.i - 1].is_title \
                and doc[token.i - 1].lower_ not in _LEFT_WORDS | {"late", "early"}:
            continue  # "Good Friday" is a holiday, "Joe Friday" a name
        found.append(_extend_left(doc[token.i:token.i + 1]))
    return found


def _unit_word(token: Token) -> bool:
    return token.lower_.rstrip("s") in UNITS or token.lower_ in ("centuries", "few", "several")


_AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b|\byears? of age\b", re.IGNORECASE)


def _is_age(span: Span) -> bool:
    """ "a 44-year-old protester", "52 years old": an age, not a time expression."""
    following = span.doc[span.end:span.end + 2].text
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.tag_ == "PRP$" and re.match(
            r"^(?:early |late |mid-?)?(?:\d0s|\w+ties)$", span.text.lower()):
        return True  # "in his 30s", "in her early sixties"
    return bool(_AGE.search(span.text) or _AGE.search(f"{span.text} {following}")
                and re.match(r"^-?\s*old\b", following))


def _is_greeting_or_modifier(span: Span) -> bool:
    """ "Good evening", and a bare part of the day that only classifies a noun ("a morning
    talk show", "the evening news"): no time is referred to."""
    token = span[-1]
    if token.lower_ not in ("morning", "afternoon", "evening", "night") or len(span) > 2 \
            or len(span) == 2 and span[0].lower_ not in ("a", "an"):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ == "good":
        return True
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN") \
        and token.head.i > token.i


# Words that belong to the expression when the model leaves them out ("this" in "this year").
_LEFT_WORDS = {"this", "that", "last", "next", "the", "early", "late", "mid", "earlier", "later",
               "each", "every"}


def _extend_left(span: Span) -> Span:
    start = span.start
    first = span.doc[start]
    word = first.lower_.rstrip(".")
    if not (_unit_word(first) or word in SEASONS or word in WEEKDAYS
            or word in MONTHS and first.is_title or first.is_title and word in _HOLIDAY_WORDS):
        return span
    # TimeML leaves the article out before a calendar name ("the Aug. 7 bombings").
    words = _LEFT_WORDS - {"the"} if _kind(first) in ("month", "weekday") else _LEFT_WORDS
    while start > 0 and span.doc[start - 1].lower_ in words and start > span.start - 2:
        start -= 1
    return span.doc[start:span.end]


def _extend_right(span: Span) -> Span:
    """ "the 1989 period", "the year-ago quarter": the period noun belongs to the expression
    when the model tags only the year before it."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ("period", "quarter", "quarters"):
        return span
    last = span[-1].lower_
    if not (re.match(r"^(?:1[5-9]\d\d|20\d\d)$", last) or last in ("year-ago", "year-earlier")
            or last in ("ago", "earlier") and len(span) >= 2 and span[-2].lower_ in ("year", "-")):
        return span
    start = span.start
    if start > 0 and doc[start - 1].lower_ in ("the", "that", "this", "its") and len(span) == 1:
        start -= 1
    return doc[start:span.end + 1]


_HOLIDAY_WORDS = {"thanksgiving", "christmas", "easter", "halloween", "election", "labor",
                  "memorial", "independence", "veterans"}
_RANGE_WORDS = {"and", "to", "through", "thru", "until", "till", "-", "–", "or", "&", "/"}
_PERIOD_END_WORDS = {"ended", "ending"}


# The words _split can split at; any other word is passed over without a look at its sides.
_SPLIT_WORDS = _RANGE_WORDS | _PERIOD_END_WORDS | {"of", ","}


def _split(span: Span) -> list[_Candidate]:
    """Split "1985 and 1987", "March 3-5", "Aug. 26 to Oct. 20", "Monday and Tuesday" into one
    expression per point, as TimeML does. A period closed by a date stays one candidate for
    the normaliser ("the quarter ended Sept. 30") but is split into its two expressions.

    One pass from left to right (a list of thousands of dates is one long entity): each split
    goes on with the rest, and whether a part is a point is read from counts made once.
    """
    doc = span.doc
    points = _PointCounts(span)
    pieces: list[_Candidate] = []
    while True:
        rest = None
        for i in range(span.start + 1, span.end - 1):
            word = doc[i].lower_
            if word not in _SPLIT_WORDS:
                continue
            left, right = doc[span.start:i], _trim(doc[i + 1:span.end])
            if right is None:
                continue
            if word in _PERIOD_END_WORDS and _is_time_expression(right):
                pieces.append(_Candidate(left, span.text))
                rest = right
                break
            if word == "of" and _counted_stretch(left) and (points.is_point(right) or re.match(
                    r"^(?:the|this|last|that) year$", right.text.lower())):
                # "the first nine months of 1997": a stretch and the year it lies in
                pieces.append(_Candidate(left, left.text))
                rest = right
                break
            if word in _RANGE_WORDS or (word == "," and _same_kind(doc[i - 1], doc[i + 1])):
                if not points.is_point(left):
                    continue
                if points.is_point(right):
                    pieces.append(_Candidate(left, left.text))
                    rest = right
                    break
                if len(right) == 1 and right[0].like_num and _month_day(left):
                    month = _month_day(left)
                    return pieces + [_Candidate(left, left.text),
                                     _Candidate(right, f"{month} {right.text}")]
        if rest is None:
            return pieces + [_Candidate(span, span.text)]
        span = rest


class _PointCounts:
    """Running counts of point words and unit words over a span, so that :func:`_is_point` of
    any part of it is two subtractions (made on first use)."""

    def __init__(self, span: Span) -> None:
        self.span = span
        self.points: list[int] = []
        self.units: list[int] = []

    def is_point(self, part: Span) -> bool:
        """``_is_point(part)`` for a part of the span."""
        if not self.points:
            self.points, self.units = [0], [0]
            for token in self.span:
                self.points.append(self.points[-1] + bool(_point_word(token)))
                self.units.append(self.units[-1] + bool(_unit_word(token)))
        start, end = part.start - self.span.start, part.end - self.span.start
        return self.points[end] > self.points[start] and self.units[end] == self.units[start]


def _counted_stretch(span: Span) -> bool:
    """ "the first nine months", "the past six weeks": a count of months, weeks or days."""
    return len(span) >= 2 and span[-1].lower_ in ("months", "weeks", "days") \
        and (span[-2].like_num and not span[-2].lower_ in ("first", "second", "third"))


def _kind(token: Token) -> str | None:
    word = token.lower_.rstrip(".")
    if word in MONTHS and (token.is_title or "." in token.text):
        return "month"
    if word in WEEKDAYS:
        return "weekday"
    if re.match(r"^(?:1[5-9]\d\d|20\d\d)$", token.text):
        return "year"
    return None


def _same_kind(left: Token, right: Token) -> bool:
    kind = _kind(left)
    return kind is not None and kind == _kind(right)


_DEICTIC_DAYS = {"today", "tomorrow", "yesterday", "tonight", "now"}


def _is_point(span: Span) -> bool:
    """A calendar point (a month, weekday, year, clock time, "today" or "now"), not a stretch
    of time."""
    return any(_point_word(t) for t in span) and not any(_unit_word(t) for t in span)


def _point_word(token: Token) -> bool:
    return bool(_kind(token) or _YEAR_OR_CLOCK.match(token.text) or token.lower_ in _DEICTIC_DAYS)


def _month_day(span: Span) -> str | None:
    """ "April" from "April 24": the month a bare "25" after it shares."""
    words = [t.lower_.rstrip(".") for t in span]
    if len(words) >= 2 and words[-2] in MONTHS and span[-1].like_num:
        return words[-2]
    return None


def _rate(candidate: _Candidate) -> _Candidate:
    """ "$33 million a year", "interviews a day": a rate is a set, read as "per year"."""
    span = candidate.span
    words = [t.lower_ for t in span]
    if len(words) == 2 and words[0] in ("a", "an") and _unit_word(span[1]) and span.start > 0:
        before = span.doc[span.start - 1]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if before.tag_ in ("CD", "NNS", "NN") and not (after is not None and after.lower_ in (
                "ago", "earlier", "later", "before", "after")):
            return _Candidate(span, f"per {words[1]}")
    return candidate


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING_WORDS or doc[start].is_punct
                           or doc[start].is_space
                           or doc[start].lower_ in ("least", "most") and start > 0
                           and doc[start - 1].lower_ == "at" and start + 1 < end):
        start += 1  # "at least" is a modifier only when the model splits it ("least 1990")
    if end - start >= 2 and doc[start].lower_ in ("the", "a", "an") \
            and _kind(doc[start + 1]) in ("month", "weekday"):
        start += 1  # "the Aug. 7 bombings", "an Aug. 10, 1988, letter": the article is not part
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (".",)
                           or doc[end - 1].is_space or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    # A trailing "." belongs to an abbreviation ("a.m.", "Feb.") only as part of its token.
    while end > start and doc[end - 1].text == ".":
        end -= 1
    return doc[start:end] if end > start else None


def _is_time_expression(span: Span) -> bool:
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


# Verbs and adjectives that schedule what follows: "is scheduled to meet Friday", "planned a
# rally on Saturday", "effective Feb. 1", "payable Jan. 2".
_SCHEDULING = {"schedule", "expect", "plan", "due", "intend", "prepare", "slate", "aim",
               "effective", "payable", "scheduled", "expected", "slated", "planned"}
# "could", "may", "might" report possibility as often about the past ("could be located
# Wednesday") as about the future, so they do not mark it.
_MODALS = {"will", "'ll", "shall", "wo", "would", "'d"}


@dataclass
class ClauseMemo:
    """What :func:`clause_tense` found out about a story's tokens, kept for its other
    expressions: thousands of dates in one long sentence would each walk the tree again."""

    verb_of: dict[int, int] = field(default_factory=dict)  # token -> its clause's verb
    had: dict[int, bool] = field(default_factory=dict)  # verb -> has a "had" auxiliary
    future: dict[int, bool] = field(default_factory=dict)  # verb -> _marks_future(verb)


def clause_tense(span: Span, memo: ClauseMemo | None = None) -> str:
    """The tense of the clause the expression modifies: "past" or "future".

    News mostly reports what has happened, and the present tense in news reports it too
    ("Russia says Monday", "the bank now holds"), so only a marked future counts as future:
    a modal ("will", "would", "could" without "have"), "going to", "is to", a scheduling word
    ("is expected to meet Friday", "planned a rally on Saturday", "effective Feb. 1"), or
    "as soon as" / "as early as" before the expression. Pass one ``memo`` for all the
    expressions of a story.
    """
    memo = memo if memo is not None else ClauseMemo()
    doc = span.doc
    before = doc[max(0, span.start - 3):span.start].text.lower()
    if before.endswith(("as soon as", "as early as", "now and", "now until", "now through",
                        "today through", "today until")):
        return "future"
    verb = _clause_verb(span.root, memo)
    clause = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") else [verb]
    if verb.dep_ == "xcomp" and verb.head.dep_ in ("acomp", "xcomp", "attr") \
            and verb.head.head.i != verb.head.i:
        clause.append(verb.head.head)  # "had been due to expire Friday": the "had" is two up
    if any(_has_had(word, memo) for word in clause):
        return "past"  # the past perfect: "had been scheduled to expire Friday"
    if _after_deadline_word(span):
        return "future"
    if verb.lemma_.lower() in _SCHEDULING or verb.lower_ in _SCHEDULING:
        return "future"
    if verb.pos_ not in ("VERB", "AUX"):
        return "past"
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") else verb
    for clause_verb in (verb, head):
        if clause_verb.i not in memo.future:
            memo.future[clause_verb.i] = _marks_future(clause_verb)
        if memo.future[clause_verb.i]:
            return "future"
        if clause_verb.tag_ in ("VBD", "VBN") and not clause_verb.lemma_ in _SCHEDULING:
            break
    return "past"


def _clause_verb(token: Token, memo: ClauseMemo) -> Token:
    """The nearest verb (or scheduling word) at or above ``token``, else the sentence root;
    every token on the way up is noted in ``memo``, so no path is walked twice."""
    path = []
    verb = token
    while verb.i not in memo.verb_of and verb.pos_ not in ("VERB", "AUX") \
            and verb.lemma_.lower() not in _SCHEDULING and verb.head.i != verb.i:
        path.append(verb.i)
        verb = verb.head
    found = memo.verb_of.get(verb.i, verb.i)
    for i in path + [verb.i]:
        memo.verb_of[i] = found
    return token.doc[found]


def _has_had(word: Token, memo: ClauseMemo) -> bool:
    """ "had" is an auxiliary of ``word`` (the past perfect)."""
    if word.i not in memo.had:
        memo.had[word.i] = any(child.lower_ == "had" and child.dep_ in ("aux", "auxpass")
                               for child in word.children)
    return memo.had[word.i]


def _after_deadline_word(span: Span) -> bool:
    """ "by Friday", "until 9 a.m. Tuesday", "till March 6": a deadline, which news sets
    ahead of the story ("was given until Tuesday"); not "by Monday's attack" or "by the
    Tuesday deadline" (an agent or a noun's modifier)."""
    doc = span.doc
    if span[0].lower_ == "the":
        return False
    start = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "at" else 0)
    if start == 0 or doc[start - 1].lower_ not in ("by", "until", "till", "til"):
        return False
    return not (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))


def _marks_future(verb: Token) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & _MODALS and not words & {"have", "'ve"}:
        return True
    if verb.lower_ == "going" or "going" in words:
        return True
    if verb.lemma_ in _SCHEDULING:
        return True
    # "is to resume trading Tuesday"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and "to" in words:
        return True
    if verb.dep_ == "xcomp" and "to" in words and verb.head.lemma_ in _COMMISSIVE:
        return True  # "agreed to resume talks Monday": what was agreed is still ahead
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in _SCHEDULING
                                     or verb.head.lower_ in _ABOUT_TO)


# Verbs whose "to" clause names something still to be done: agreeing, promising, threatening.
_COMMISSIVE = {"agree", "decide", "promise", "vow", "pledge", "threaten", "hope", "want",
               "intend", "seek", "offer", "vote", "resolve", "undertake", "commit"}


# "set to resume Monday", "poised to sign Friday", "about to leave": only with "to" do these
# schedule ("they set the date Monday" is past).
_ABOUT_TO = {"set", "poised", "about"}

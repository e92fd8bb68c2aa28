"""The dates layer's spaCy component: time expressions, typed and normalised to TIMEX3 against
the story's date.

Candidates (:mod:`.candidates`) are the model's DATE and TIME entities, trimmed to TimeML's span
conventions (no leading "on", "since" ...), and the time words it leaves untagged. Each is
normalised by :mod:`annotate.dates.timex` in text order, so that "two days later" resolves
against the last date the story placed on the calendar, and a weekday follows the tense of its
clause (:mod:`.tense`: "met Monday" is the Monday before, "will meet Monday" after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..pipeline.extensions import add_warning, register_extensions
from .candidates import find_candidates, phrase_matcher
from .event_stretches import before_named_event
from .ranges import clock_range_start, range_end, weekday_range
from .refdate import find_reference_date
from .tense import ClauseMemo, clause_tense
from .timex import MONTHS, SEASONS, Timex, normalise

register_extensions()


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
        self.matcher = phrase_matcher(nlp)

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
        stretch_sentence = -1  # the sentence that reported a stretch ("the nine months")
        # the last month named, its sentence and how many months that sentence named
        month_here: tuple[int, str, int] | None = None
        for candidate in find_candidates(doc, self.matcher):
            span = candidate.span
            tense = clause_tense(span, clauses)
            named = {g: v for g, (v, _) in mentioned.items()}
            if stretch_sentence >= 0 and _sentence_start(span) == stretch_sentence:
                named.pop("quarter", None)
            if month_here is not None and month_here[0] == _sentence_start(span) \
                    and month_here[2] == 1:
                # "in February ... from a year earlier"; not after a range of months
                named["month here"] = month_here[1]
            try:
                timex = normalise(candidate.text, reference, previous[0] if previous else None,
                                  tense, named)
            except OverflowError:
                # "next week" from 9999-12-31: beyond the calendar, so left unresolved
                add_warning(doc, f"{candidate.text!r}: its date is out of the calendar's range "
                                 "(years 1 to 9999); its value is left empty")
                timex = normalise(candidate.text, None, None, tense, {})
            if timex.type == "DATE" and before_named_event(span, candidate.text):
                timex = Timex("DATE", None)  # "the weeks before the slaying": not placed
            timex = range_end(doc, expressions[-1] if expressions else None, span, timex)
            moved_start, timex = weekday_range(doc, expressions[-1] if expressions else None,
                                               span, timex, tense)
            if moved_start is None:  # "from 7 a.m. to 8 p.m. Tuesday": both on Tuesday
                moved_start = clock_range_start(doc, expressions[-1] if expressions else None,
                                                span, timex)
            if moved_start is not None:
                expressions[-1].value = moved_start
            expression = TimeExpression(
                id=f"D{len(expressions) + 1}", start=span.start_char, end=span.end_char,
                text=span.text, type=timex.type, value=timex.value,
                granularity=timex.granularity,
                anchor=_anchor_id(timex.anchor, previous, mentioned),
                token_start=span.start, token_end=span.end)
            expressions.append(expression)
            if timex.type == "DATE" and timex.granularity == "month" and timex.value \
                    and re.match(r"^\d{4}-\d\d$", timex.value):
                sentence = _sentence_start(span)
                count = month_here[2] + 1 if month_here and month_here[0] == sentence else 1
                month_here = (sentence, timex.value, count)
            if _reported_stretch(span, timex.type, timex.value):
                stretch_sentence = _sentence_start(span)
            if timex.day is not None and timex.value is not None:
                previous = (timex.day, expression.id)
                mentioned.pop("last", None)  # the day is now the last thing placed
            elif timex.type == "DATE" and timex.value and timex.value[:1].isdigit() \
                    and timex.granularity not in (None, "day", "time") \
                    and (timex.anchor is None or _names_month_or_season(span)):
                # The last period the story named on the calendar itself ("in 1985", "in
                # January", not "last week"), if it came after the last day: "ten years
                # later" counts from it.
                mentioned["last"] = (timex.value, expression.id)
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


def _sentence_start(span: Span) -> int:
    """The first token of the expression's sentence; -1 in a doc with no sentences (a
    pipeline run without its parser), where no comparison is scoped to one."""
    if not span.doc.has_annotation("SENT_START"):
        return -1
    return span.sent.start


def _reported_stretch(span: Span, kind: str, value: str | None) -> bool:
    """ "the nine months", "the first six months": earnings copy reports a stretch of several
    quarters from the year's start. TIMEX3 has no value for such a stretch at a granularity
    finer than the year, so "a year earlier" or "the 1988 period" in the same sentence compares
    with the year, not with the quarter the story reported before."""
    if kind != "DURATION" or span[0].lower_ != "the" or not value:
        return False
    match = re.match(r"^P(\d+)M$", value)
    return match is not None and int(match[1]) in (6, 9)


def _names_month_or_season(span: Span) -> bool:
    return any(t.lower_.rstrip(".") in MONTHS or t.lower_ in SEASONS for t in span)


def _anchor_id(anchor: str | None, previous: tuple[date, str] | None,
               mentioned: dict[str, tuple[str, str]]) -> str | None:
    """ "previous" and "mentioned:<granularity>" become the id of the expression meant."""
    if anchor == "previous":
        return previous[1] if previous else "reference"
    if anchor and anchor.startswith("mentioned:"):
        found = mentioned.get(anchor.split(":", 1)[1])
        return found[1] if found else "reference"
    return anchor

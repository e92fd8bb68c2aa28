"""The dates layer: time expressions, typed and normalised to TIMEX3 against the story's date.

Candidates are the model's DATE and TIME entities, trimmed to TimeML's span conventions (no
leading "on", "since" ...). Each is normalised by :mod:`annotate.timex` in text order, so that
"two days later" resolves against the last date the story placed on the calendar, and a weekday
follows the tense of its clause ("met Monday" is the Monday before, "will meet Monday" after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import add_warning, register_extensions
from .refdate import find_reference_date
from .timex import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, Timex, normalise

register_extensions()

_LEADING_WORDS = {"on", "in", "at", "since", "by", "from", "until", "till", "through", "during",
                  "for", "of", "as", "within", "to", "into", "over", "after", "before", "between"}
_TIME_WORDS = (set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | set(PARTS_OF_DAY)
               | {u + s for u in UNITS for s in ("", "s")}
               | {"today", "yesterday", "tomorrow", "now", "noon", "midnight", "ago", "later",
                  "earlier", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                  "decades", "centuries", "a.m.", "p.m.", "am", "pm", "recently", "currently",
                  "hourlong", "yearlong", "daylong", "weeklong", "monthlong", "past", "future",
                  "present", "quarter", "fiscal", "sept", "jan", "feb", "aug", "oct", "nov", "dec"})
# Present-tense reporting ("says Monday") reports the past, unlike other present verbs.
_REPORTING_VERBS = {"say", "tell", "report", "announce", "confirm", "add"}
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
    return DatesComponent()


class DatesComponent:
    """Finds and normalises time expressions; the dateparser instance is shared process-wide."""

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
        for span in _candidates(doc):
            timex = normalise(span.text, reference, previous[0] if previous else None,
                              clause_tense(span))
            anchor = timex.anchor
            if anchor == "previous":
                anchor = previous[1] if previous else "reference"
            expression = TimeExpression(
                id=f"D{len(expressions) + 1}", start=span.start_char, end=span.end_char,
                text=span.text, type=timex.type, value=timex.value,
                granularity=timex.granularity, anchor=anchor,
                token_start=span.start, token_end=span.end)
            expressions.append(expression)
            if timex.day is not None and timex.value is not None:
                previous = (timex.day, expression.id)
        doc._.annotate_dates = expressions
        return doc


def _candidates(doc: Doc) -> list[Span]:
    """DATE and TIME entities, trimmed to TimeML conventions; false positives dropped."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        span = _trim(ent)
        if span is None or not _is_time_expression(span):
            continue
        if spans and spans[-1].end == span.start:  # "Tuesday" + "evening": one expression
            span = doc[spans.pop().start:span.end]
        spans.append(span)
    return spans


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING_WORDS or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
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
    for token in span:
        word = token.lower_.rstrip(".")
        if word in _TIME_WORDS or token.lower_ in _TIME_WORDS or _YEAR_OR_CLOCK.match(token.text):
            return True
        if any(part in _TIME_WORDS for part in word.split("-")):
            return True
    return False


def clause_tense(span: Span) -> str:
    """The tense of the clause the expression modifies: "past", "present" or "future"."""
    verb: Token = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "past"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & {"will", "'ll", "shall", "wo"} or (verb.lower_ == "going" or "going" in words):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(child.tag_ == "VBD" for child in auxiliaries) \
            or verb.lemma_ in _REPORTING_VERBS:
        return "past"
    # "is scheduled to meet Friday", "plans to visit Monday", "meets Tuesday": ahead.
    if verb.tag_ in ("VBZ", "VBP", "VB", "VBG"):
        head = verb.head
        if verb.dep_ == "xcomp" and head.tag_ in ("VBD",) and head.lemma_ != "be":
            return "past"
        return "future"
    return "past"

"""Set phrases built on a time word that refer to no time (TimeML 1.2.1 marks a TIMEX3 only
for an expression that refers to a time, a length of time or a recurrence):

- a wish: "Have a good weekend", "Have a nice day" (an anchor's sign-off in a broadcast
  transcript, or a quoted farewell). Like the greeting "Good evening", which the layer already
  leaves out, the formula wishes the hearer well and places nothing on the calendar. The cue is
  the imperative "have" right before "a"/"an" and an adjective; a told "We had a good weekend"
  or "I have a busy day tomorrow" is kept;
- a mixed number with quarters or a half and no unit after it: "Shares were up two and three
  quarters", "down one and a quarter" (a stock price change read out in a broadcast). A
  quarter of a year is counted with a unit or an ordinal ("two and a half years", "the third
  quarter"), never as the fraction of a whole number. A unit inside the phrase ("a year and a
  half", "an hour and a half") makes it a length of time, a DURATION: the half is of that
  unit (TimeML 1.2.1 guidelines: a DURATION's value is an ISO 8601 duration, P1Y6M, PT1H30M).
"""

from __future__ import annotations

from spacy.tokens import Span

from .spans import unit_word

_FRACTIONS = {"quarter", "quarters", "half", "halves"}


def is_formula(span: Span) -> bool:
    """True when the candidate is a wish or a mixed number (see the module)."""
    return _is_wish(span) or _is_mixed_number(span)


def _is_wish(span: Span) -> bool:
    """ "Have a good weekend": "have" as an imperative before "a", an adjective and the time."""
    doc = span.doc
    words = list(span)
    if len(words) < 3 or words[0].lower_ not in ("a", "an") or words[1].pos_ != "ADJ" \
            or span.start == 0:
        return False
    have = doc[span.start - 1]
    if have.lower_ != "have" or have.tag_ != "VB":
        return False
    return have.is_sent_start or have.i > 0 and (doc[have.i - 1].is_punct
                                                 or doc[have.i - 1].lower_ in ("and", "please"))


def _is_mixed_number(span: Span) -> bool:
    """ "two and three quarters": a whole number and a fraction, with no unit after it."""
    words = [t.lower_ for t in span]
    if len(words) < 3 or words[-1] not in _FRACTIONS or "and" not in words[:-1] \
            or any(unit_word(t) for t in span[:-1]):
        return False  # "a year and a half": the half is of the unit named
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and (after.lower_ == "of" or unit_word(after)):
        return False
    return words[0] not in ("the", "this", "last", "next") and (
        span[0].like_num or words[0] in ("a", "an"))

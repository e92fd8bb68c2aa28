"""The text a candidate is read as where it is not its span's own: the span stays what TimeML
marks, and the reading tells the normaliser what it refers to. A rate ("$33 million a year")
is read as a set ("per year"); a unit counted from an event the story tells of ("the day after
his arrest") as that unit after the last date placed ("the day after"); "one day" before an
unrealised verb ("will one day be") as "someday"; and a clock time with the day named right
after it ("9:30 a.m. EST on Thursday")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .spans import Candidate, unit_word
from .timex import MONTHS


def as_rate(candidate: Candidate) -> Candidate:
    """ "$33 million a year", "interviews a day": a rate is a set, read as "per year"."""
    span = candidate.span
    words = [t.lower_ for t in span]
    if len(words) == 2 and words[0] in ("a", "an") and unit_word(span[1]) and span.start > 0:
        before = span.doc[span.start - 1]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if before.tag_ in ("CD", "NNS", "NN", "NNP") and not (after is not None and after.lower_ in (
                "ago", "earlier", "later", "before", "after")):
            return Candidate(span, f"per {words[1]}")
    return candidate


_EVENT_STEPS = {"after", "before"}


def counted_from_event(candidate: Candidate) -> Candidate:
    """ "the day after his arrest", "the week before the vote": a unit counted from an event
    the story tells of. The event's own date is unknown; the last date the story placed is
    the best stand-in (the same anchor as "the day after" with no object), so the expression
    is read as "the day after" while its span stays "the day" (TimeML leaves the event out).
    "The weeks before the vote" is read the same way: a stretch placed against an event.
    "Nov. 3, the day before ...", in apposition to a date, names that date and is left as it
    is."""
    span = candidate.span
    doc = span.doc
    if len(span) != 2 or span[0].lower_ != "the" or not unit_word(span[1]) \
            or span[1].lower_ not in ("day", "week", "month", "year", "days", "weeks", "months") \
            or span.end + 1 >= len(doc) or doc[span.end].lower_ not in _EVENT_STEPS:
        return candidate
    following = doc[span.end + 1]
    if following.is_punct or following.ent_type_ in ("DATE", "TIME") or unit_word(following):
        return candidate
    if span.start >= 2 and doc[span.start - 1].text == "," \
            and doc[span.start - 2].ent_type_ in ("DATE", "TIME"):
        return candidate
    return Candidate(span, f"{span.text} {doc[span.end].lower_}")


# Every modal, possibility included ("could one day lead" looks ahead as "will one day" does);
# tense.py's future modals leave out could/may/might, which as often report the past.
_ANY_MODALS = {"will", "would", "could", "might", "may", "can", "should", "shall", "'ll", "wo",
               "ca"}


def someday(candidate: Candidate) -> Candidate:
    """ "will one day be", "hopes to one day lead": "one day" as an adverb of an unrealised
    verb (a modal's or an infinitive's) is "someday", FUTURE_REF, not a day's length ("for
    one day", "spent one day", "one day later" keep their reading)."""
    span = candidate.span
    doc = span.doc
    if span.text.lower() != "one day" or span.start == 0 or span.end >= len(doc):
        return candidate
    # Read from the words around it: the parser often takes "day" for a subject here.
    if doc[span.start - 1].lower_ in _ANY_MODALS | {"to"} and doc[span.end].tag_ == "VB":
        return Candidate(span, "someday")
    return candidate


_CLOCK = re.compile(r"\d:\d\d|\b\d{1,2} ?[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "tomorrow", "yesterday"}


def clocks_on_days(candidates: list[Candidate]) -> list[Candidate]:
    """ "at 9:30 a.m. EST on Thursday", "at noon Friday", "at midnight on April 30": TimeML
    marks the clock time and the day apart, but the time of day is on that day, not on the
    day the story placed last. The clock time is read with the day after it ("9:30 a.m. EST
    Thursday"); its span is kept."""
    read = list(candidates)
    for i, (first, second) in enumerate(zip(candidates, candidates[1:])):
        between = first.span.doc[first.span.end:second.span.start]
        if len(between) > 1 or len(between) == 1 and between[0].lower_ not in ("on", ","):
            continue
        if not _CLOCK.search(first.text) or _names_day(first.span) \
                or not _names_day(second.span):
            continue
        read[i] = Candidate(first.span, f"{first.text} {second.span.text}")
    return read


def _names_day(span: Span) -> bool:
    """A weekday, "today" ..., or a day of a month ("April 30", "30 April")."""
    words = [t.lower_.rstrip(".") for t in span]
    return any(w in _DAY_WORDS for w in words) or any(w in MONTHS for w in words) \
        and any(re.match(r"^\d{1,2}(?:st|nd|rd|th)?$", w) for w in words)

"""A day named by the clause after it: "the day he turned 90", "the night the storm hit", "the
year the war ended". The relative clause tells of an event, and the expression is the time of
that event (TimeML 1.2.1: a TIMEX3 whose value comes from the event, not from the story's
date). The layer does not date events, so the expression is kept as a DATE with no value,
rather than read as "the day" the story last placed or its own date. A clause whose subject is
the relative pronoun ("the day that followed") says nothing of another event and is left to
the other rules, as is a day counted from an event ("the day before the storm hit", where
the clause follows "before").
"""

from __future__ import annotations

from .spans import Candidate

# Units a relative clause can place: "the day he left", "the week the plant closed".
_UNITS = {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year"}
_RELATIVE_WORDS = {"that", "which", "who", "when"}
UNPLACED = ""  # normalised as no words: a DATE with no value


def placed_by_clause(candidate: Candidate) -> Candidate:
    """ "the day he turned 90": no value (see the module's docstring)."""
    span = candidate.span
    if len(span) != 2 or span[0].lower_ not in ("the", "that") or span[1].lower_ not in _UNITS:
        return candidate
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is None or following.pos_ in ("ADP", "SCONJ", "PUNCT") \
            and following.lower_ not in ("that", "when"):
        return candidate  # "the day before the storm hit": counted from an event, not placed by it
    for clause in span[1].children:
        if clause.dep_ != "relcl" or clause.i <= span[1].i or clause.i > span.end + 4:
            continue
        subjects = [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(t.lower_ not in _RELATIVE_WORDS for t in subjects):
            return Candidate(span, UNPLACED)
    return candidate

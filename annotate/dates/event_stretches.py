"""An uncounted stretch placed against a named event: "in the weeks before the slaying", "the
days after his arrest was announced".

TimeML 1.2.1 marks "the weeks" as the time expression and links it to the event through the
signal "before"; what the stretch's value is depends on when the event happened, which the
text does not say there. The layer types such a stretch a DATE (it says when, not how long;
:func:`.readings.counted_from_event` reads it as "the weeks before"), and had valued it at
the month of the last day the story placed, or at the story's own month when none was
placed: a day that is seldom the event's ("Police said Friday that ... in the weeks before
the slaying" is not this month). Its value is left empty, as for any date the text does not
place. A stretch whose "before" or "after" stands alone ("in the weeks before, ...") is
anaphoric to the last time placed and keeps that reading; so does one counted day ("the day
after his arrest": the day after the last one placed).
"""

from __future__ import annotations

from spacy.tokens import Span

_STRETCHES = {"days", "weeks", "months"}
_STEPS = {"before", "after"}


def before_named_event(span: Span, text: str) -> bool:
    """The candidate ``span`` ("the weeks"), read as ``text`` ("the weeks before"), is a
    plural unit whose "before" or "after" takes a named event as its object."""
    doc = span.doc
    if len(span) != 2 or span[0].lower_ != "the" or span[1].lower_ not in _STRETCHES \
            or span.end + 1 >= len(doc) or text == span.text:
        return False
    return doc[span.end].lower_ in _STEPS and not doc[span.end + 1].is_punct

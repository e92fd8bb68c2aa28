"""The minutes of a meeting, the written record of what was said there ("The minutes of the
Fed's September meeting were released", "the minutes showed that ..."), are no length of time:
WordNet gives "minutes" that sense of its own, and TimeML 1.2.1 marks only what refers to a
time, a length of time or a recurrence. The record is told by "the minutes" (no count, no
adjective) before "of" or "from" and a meeting.
"in the minutes before the blast" and "the final minutes of the meeting" stay times."""

from __future__ import annotations

from spacy.tokens import Span

# The nouns of gatherings whose record is kept as minutes.
_MEETINGS = {"meeting", "meetings", "session", "sessions", "hearing", "hearings", "board",
             "committee", "council", "conference", "commission", "cabinet", "assembly"}


def is_meeting_record(span: Span) -> bool:
    """ "the minutes of the Fed's meeting": the record of a meeting."""
    if span.text.lower() not in ("the minutes", "minutes"):
        return False
    after = span.doc[span.end:span.end + 7]
    return len(after) > 0 and after[0].lower_ in ("of", "from") \
        and any(t.lower_ in _MEETINGS for t in after)

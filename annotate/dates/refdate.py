"""Find a story's own publication date in its byline or dateline.

Looked for near the top only, in the forms wire copy uses: "Published 10:22 AM EDT, March 2,
2022", "Updated ...", "MOSCOW, March 2, 2022 (AP) —", a bare "March 2, 2022" or "2022-03-02" line.
A date without a year ("GENEVA, May 12 (AP) —") cannot be placed on the calendar and is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..input.datelines import DATELINE
from .timex import parse_calendar

_HEAD_CHARS = 600
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|"
          r"Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY_MONTH_YEAR = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_BYLINES = (
    re.compile(rf"\b(?:Published|Updated|Posted|Last updated)\b[^\n]{{0,40}}?({_DAY_MONTH_YEAR})",
               re.IGNORECASE),
    re.compile(rf"^\s*(?:[A-Z][a-z]+day,\s+)?({_DAY_MONTH_YEAR})\s*$", re.MULTILINE),
)


@dataclass(frozen=True)
class FoundDate:
    day: date
    source: str  # "byline" or "dateline"
    start: int
    end: int


def find_reference_date(text: str) -> FoundDate | None:
    """Return the publication date written at the top of the story, or None."""
    head = text[:_HEAD_CHARS]
    spans = []
    for pattern in _BYLINES:
        match = pattern.search(head)
        if match:
            spans.append(("byline", match.start(1), match.end(1)))
    # The shared dateline pattern (annotate/input/cleaning.py); only a date with a year counts.
    dateline = next((match for match in DATELINE.finditer(head) if match["year"]), None)
    if dateline is not None:
        spans.append(("dateline", dateline.start("date"), dateline.end("date")))
    found = []
    for source, start, end in spans:
        parsed = parse_calendar(head[start:end])
        if parsed is not None and parsed[1] == "day":
            found.append(FoundDate(parsed[0], source, start, end))
    return min(found, key=lambda f: f.start) if found else None

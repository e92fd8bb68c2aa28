"""The shapes of a story's lines that cleaning tells apart: a byline, a bare dateline, a line
that ends a sentence.

Shared by the boilerplate rules (``boilerplate.py``), the undoing of hard wraps (``wraps.py``)
and the headline and dateline finder (``cleaning.py``).
"""

from __future__ import annotations

import re

from .datelines import DATELINE

_BYLINE = re.compile(
    r"(?:(?i:published|updated|posted|last updated|last modified)(?: on)?:? "
    r"(?=[^\n]{0,80}(?:\d:\d\d|\d{4}))[^\n]{1,100}"
    r"|(?i:by) (?:[A-Z][\w.'’-]{0,30}|and|&)(?:,? (?:[A-Z][\w.'’-]{0,30}|and|&)){0,12}"
    r"(?: (?:[|,—–-]|and) (?:The )?(?:Associated Press|AP|Reuters))?)")
BYLINE_MAX = 160
_SENTENCE_END = ".!?…"
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"


def is_byline(line: str) -> bool:
    """"By Ana Ortiz and Lee Kim", "Updated 3:05 p.m. EDT, March 2, 2026": a credit line."""
    return len(line) <= BYLINE_MAX and _BYLINE.fullmatch(line) is not None


def ends_sentence(text: str) -> bool:
    """The text ends with a sentence end, closing quotes and brackets aside."""
    return text.rstrip(CLOSERS)[-1:] in tuple(_SENTENCE_END)


def ends_with_period(text: str) -> bool:
    """The text ends with a period, closing quotes and brackets aside."""
    return text.rstrip(CLOSERS).endswith(".")


def is_bare_dateline(line: str) -> bool:
    """A line that is only a dateline ("WASHINGTON (AP) —"): the story follows on the next."""
    match = DATELINE.match(line)
    return match is not None and match.end() == len(line)

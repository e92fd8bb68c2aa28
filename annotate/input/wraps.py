"""Undo hard line wraps: a line break inside a paragraph becomes a space (or nothing, for a
word hyphenated across the break) when the line was cut mid-sentence; lines that each end a
sentence, list items, bylines and datelines stay separate lines.

Joined lines are kept as pieces, so that a long wrapped paragraph is joined in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_table
from .boilerplate import DroppedLine, longest_rule, matching_rule
from .datelines import DATELINE
from .lineshapes import BYLINE_MAX, OPENERS, ends_sentence, is_bare_dateline, is_byline

_LIST_MARKER = re.compile(r"(?:[•·*▪►–—-]|\d{1,3}[.)])(?:\s|$)")
_TAIL = 64  # how much of a line's end the wrap rules look at (longer words never match)
_WRAPPED_LINE = 50  # a line at least this long ending mid-phrase was cut by a hard wrap

# Closed-class words: a line ending in one does not end a sentence, so the next line
# continues it even when it starts with a capital ("to\nUkraine", "of\nRussian threats").
_FUNCTION_WORDS = frozenset("""
a an the of to in on at by for with from into onto over under about above below after before
between against during without within among across through toward towards than as and or but
nor that which who whom whose where when while if because although though unless until since
whether its his her their our your my this these those is are was were be been being has have
had will would could should can may might must shall not also said says told say per via
including such both each every any some no more most very
""".split())
# AP abbreviates these months before a day: "on Feb.\n12".
_MONTH_ABBREVIATIONS = frozenset({"Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.",
                                  "Oct.", "Nov.", "Dec."})


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """"Gov.", "Sen.", "Lt.", "Gen.", "Dr." ...: the abbreviated words of models/titles.tsv."""
    return frozenset(word for row in read_table("titles.tsv") for word in row["title"].split()
                     if len(word) > 1 and word.endswith(".") and word[:-1].isalpha())


class _Line:
    """An output line built from input lines joined by wrap-undoing, kept as pieces (joining
    strings one by one would be quadratic in a long paragraph)."""

    __slots__ = ("pieces", "length", "joins", "number")

    def __init__(self, text: str, number: int) -> None:
        self.pieces = [text]
        self.length = len(text)
        self.joins = 0
        self.number = number

    def add(self, separator: str, text: str) -> None:
        self.pieces += (separator, text)
        self.length += len(separator) + len(text)
        self.joins += 1

    def tail(self, size: int = _TAIL) -> str:
        """The last ``size`` characters (fewer if the line is shorter)."""
        parts: list[str] = []
        have = 0
        for piece in reversed(self.pieces):
            parts.append(piece)
            have += len(piece)
            if have >= size:
                break
        return "".join(reversed(parts))[-size:]

    def text_if_shorter(self, limit: int) -> str | None:
        """The whole text, when it is at most ``limit`` characters."""
        return "".join(self.pieces) if self.length <= limit else None

    def text(self) -> str:
        return "".join(self.pieces)


def undo_wraps(kept: list[tuple[int, str] | None],
                dropped: list[DroppedLine]) -> tuple[list[str], int]:
    """Join hard-wrapped lines; collapse blank lines. Returns the lines and the joins made."""
    out: list[_Line | None] = []  # None: a blank line between paragraphs
    for item in kept:
        if item is None:
            if out and out[-1] is not None:
                out.append(None)
            continue
        number, line = item
        top = out[-1] if out else None
        separator = (_join_separator(top, line, is_first=len(out) == 1)
                     if top is not None else None)
        if separator is None or top is None:
            out.append(_Line(line, number))
            continue
        top.add(separator, line)
        # Joined lines can spell out furniture ("Skip to\nmain content"): drop the whole line,
        # so that cleaning the output again finds nothing more to drop.
        whole = top.text_if_shorter(longest_rule())
        rule = matching_rule(whole) if whole is not None else None
        if whole is not None and rule is not None:
            out.pop()
            dropped.append(DroppedLine(whole, rule.rule, top.number + 1))
    while out and out[-1] is None:
        out.pop()
    lines = ["" if line is None else line.text() for line in out]
    return lines, sum(line.joins for line in out if line is not None)


def _join_separator(before: _Line, after: str, is_first: bool) -> str | None:
    """How to join ``after`` to the line ``before`` it: " ", "" (a word hyphenated across the
    break), or None to keep the line break."""
    if _LIST_MARKER.match(after) or DATELINE.match(after) or is_byline(after):
        return None
    short = before.text_if_shorter(BYLINE_MAX)
    if short is not None and is_byline(short):
        return None
    tail = before.tail()
    last_word = tail.rsplit(" ", 1)[-1]
    first = after[0]
    if last_word in _MONTH_ABBREVIATIONS:
        return " " if first.isdigit() else None
    if last_word in _title_abbreviations():
        return " " if first.isupper() else None
    if ends_sentence(tail):
        return None
    if short is not None and is_bare_dateline(short):
        return " "
    if tail.endswith("-") and tail[-2:-1].isalpha() and first.isalpha():
        return ""
    if _continues(after) or tail.endswith(","):
        return " "
    if last_word.lower() in _FUNCTION_WORDS:
        return " "
    # A long line cut mid-phrase before a name ("Russian Foreign Minister Dmitry\nOrlov").
    # Not after the first line, which may be a headline, unless it opens with a dateline.
    if (before.length >= _WRAPPED_LINE and tail[-1].isalnum() and first.isupper()
            and (not is_first or DATELINE.match(before.pieces[0]))):
        return " "
    return None


def _continues(line: str) -> bool:
    """The line starts like the middle of a sentence: lower case or a digit."""
    start = line.lstrip(OPENERS)[:1]
    return start.islower() or start.isdigit()

"""Clean pasted or scraped story text: drop web-page furniture, undo hard line wraps, and find
the headline and the dateline.

Input is decoded, repaired text with "\\n" line breaks. What the cleaning does, and nothing else:

* each line is stripped, and runs of 2+ spaces, tabs or no-break spaces inside it become one
  space;
* lines matched by a boilerplate rule (``models/boilerplate.tsv``: menus, share buttons, ads,
  newsletter prompts, comment links, copyright and legal footers, lists of related stories) are
  dropped and reported with the rule's name;
* a line break inside a paragraph becomes a space when the line is a hard wrap (see
  ``wraps.py``); lines that each end a sentence stay separate lines;
* every run of blank lines becomes one blank line; leading and trailing blank lines go.

Characters are otherwise kept as they are (quotes, dashes, case, mojibake), so clean wire copy
comes out unchanged. Cleaning its own output changes nothing. The work is linear in the length
of the text: the regular expressions only ever run on short lines or have bounded repeats.

This module finds the headline and the dateline and puts the steps together; the boilerplate
rules are in ``boilerplate.py``, the wrap rules in ``wraps.py``, the line shapes they share in
``lineshapes.py``. The dateline pattern (``datelines.py``) is shared with the sentence segmenter
and the reference-date finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import DroppedLine, drop_boilerplate
from .datelines import DATELINE, NOT_PLACES
from .lineshapes import ends_with_period, is_byline
from .wraps import undo_wraps

__all__ = ["CleanedText", "Dateline", "DroppedLine", "Headline", "clean_text"]

_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
_HEADLINE_MAX = 200
_DATELINE_LINES = 5  # how many lines after the headline and byline may hold the dateline


@dataclass(frozen=True)
class Headline:
    """The story's headline: its first line; ``start``/``end`` index the cleaned text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Dateline:
    """The dateline opening the story; ``start``/``end`` index the cleaned text."""

    text: str  # "WARSAW, Poland (AP) —"
    start: int
    end: int
    place: str  # "WARSAW, Poland"
    agency: str | None  # "AP", "Reuters"; None for "GENEVA —"
    date_text: str | None  # "March 2", "Sept. 16, 2025"


@dataclass(frozen=True)
class CleanedText:
    """What :func:`clean_text` returns."""

    text: str
    dropped: tuple[DroppedLine, ...]
    joined_lines: int  # hard line wraps undone
    headline: Headline | None
    dateline: Dateline | None


def clean_text(text: str) -> CleanedText:
    """Drop boilerplate lines, undo hard wraps, normalise spacing; find headline and dateline.

    Pure and linear in ``len(text)``; see the module docstring for exactly what changes.
    """
    raw_lines = text.split("\n")
    lines = [_SPACE_RUN.sub(" ", line.strip()) for line in raw_lines]
    dropped: list[DroppedLine] = []
    kept = drop_boilerplate(raw_lines, lines, dropped)
    out_lines, joined = undo_wraps(kept, dropped)
    cleaned = "\n".join(out_lines)
    starts = []
    offset = 0
    for line in out_lines:
        starts.append(offset)
        offset += len(line) + 1
    headline = _find_headline(out_lines)
    dateline = _find_dateline(out_lines, starts, headline is not None)
    return CleanedText(cleaned, tuple(sorted(dropped, key=lambda d: d.line)), joined,
                       headline, dateline)


def _find_headline(lines: list[str]) -> Headline | None:
    """The first line, if it is short, does not end with a period, and a blank line, a byline
    or a dateline follows it."""
    if len(lines) < 2:
        return None
    first, following = lines[0], lines[1]
    if (len(first) > _HEADLINE_MAX or ends_with_period(first) or is_byline(first)
            or DATELINE.match(first) or not any(char.isalpha() for char in first)):
        return None
    if following and not is_byline(following) and not DATELINE.match(following):
        return None
    return Headline(first, 0, len(first))


def _find_dateline(lines: list[str], starts: list[int], has_headline: bool) -> Dateline | None:
    """The dateline opening the story's first paragraph (after the headline and bylines); one
    with an agency may also open one of the next few lines."""
    index = 1 if has_headline else 0
    while index < len(lines) and (not lines[index] or is_byline(lines[index])):
        index += 1
    body = index
    seen = 0
    while index < len(lines) and seen < _DATELINE_LINES:
        if lines[index]:
            seen += 1
            match = DATELINE.match(lines[index])
            if match is not None and (match["agency"] or (
                    index == body and match["city"] not in NOT_PLACES)):
                return Dateline(lines[index][match.start("place"):match.end()],
                                starts[index] + match.start("place"), starts[index] + match.end(),
                                match["place"], match["agency"], match["date"])
        index += 1
    return None

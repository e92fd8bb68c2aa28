"""Clean pasted or scraped story text: drop web-page furniture, undo hard line wraps, and find
the headline and the dateline.

Input is decoded, repaired text with "\\n" line breaks. What the cleaning does, and nothing else:

* each line is stripped, and runs of 2+ spaces, tabs or no-break spaces inside it become one
  space;
* lines matched by a boilerplate rule (``models/boilerplate.tsv``: menus, share buttons, ads,
  newsletter prompts, comment links, copyright and legal footers, lists of related stories) are
  dropped and reported with the rule's name;
* a line break inside a paragraph becomes a space when the line is a hard wrap (see
  ``_join_separator``); lines that each end a sentence stay separate lines;
* every run of blank lines becomes one blank line; leading and trailing blank lines go.

Characters are otherwise kept as they are (quotes, dashes, case, mojibake), so clean wire copy
comes out unchanged. Cleaning its own output changes nothing. The work is linear in the length
of the text: the regular expressions only ever run on short lines or have bounded repeats.

The dateline pattern (``datelines.py``) is shared with the sentence segmenter and the
reference-date finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import errors
from ..errors import AnnotateError
from ..resources import read_table
from .datelines import DATELINE, NOT_PLACES

# --- bylines, sentence ends, wraps --------------------------------------------------------
_BYLINE = re.compile(
    r"(?:(?i:published|updated|posted|last updated|last modified)(?: on)?:? "
    r"(?=[^\n]{0,80}(?:\d:\d\d|\d{4}))[^\n]{1,100}"
    r"|(?i:by) (?:[A-Z][\w.'’-]{0,30}|and|&)(?:,? (?:[A-Z][\w.'’-]{0,30}|and|&)){0,12}"
    r"(?: (?:[|,—–-]|and) (?:The )?(?:Associated Press|AP|Reuters))?)")
_BYLINE_MAX = 160
_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_LIST_MARKER = re.compile(r"(?:[•·*▪►–—-]|\d{1,3}[.)])(?:\s|$)")
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
_ANY_SPACE_RUN = re.compile(r"\s+")
_TAIL = 64  # how much of a line's end the wrap rules look at (longer words never match)
_WRAPPED_LINE = 50  # a line at least this long ending mid-phrase was cut by a hard wrap
_HEADLINE_MAX = 200
_LINK_MAX = 150
_DATELINE_LINES = 5  # how many lines after the headline and byline may hold the dateline

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


@dataclass(frozen=True)
class DroppedLine:
    """A line the cleaning removed: its text as it stood (stripped) and the rule that matched."""

    text: str
    rule: str
    line: int  # 1-based line number in the input


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


@dataclass(frozen=True)
class BoilerplateRule:
    """One row of ``models/boilerplate.tsv``."""

    rule: str
    kind: str  # "line" or "block"
    max_chars: int
    pattern: re.Pattern[str]

    def matches(self, line: str) -> bool:
        """The whole (whitespace-collapsed) line matches, and it is short enough."""
        return len(line) <= self.max_chars and self.pattern.fullmatch(line) is not None


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The rules of ``models/boilerplate.tsv``, compiled, in file order."""
    rules = []
    for row in read_table("boilerplate.tsv"):
        try:
            rule = BoilerplateRule(row["rule"], row["kind"], int(row["max_chars"]),
                                   re.compile(row["pattern"], re.IGNORECASE))
        except (ValueError, re.error) as error:
            raise AnnotateError(
                errors.MODELS_DATA_BAD,
                f"models/boilerplate.tsv: bad row for rule {row.get('rule')!r} ({error}); "
                "fix the row or reinstall annotate") from None
        if rule.kind not in ("line", "block") or not rule.rule:
            raise AnnotateError(
                errors.MODELS_DATA_BAD,
                f"models/boilerplate.tsv: rule {rule.rule!r} has kind {rule.kind!r}, not 'line' "
                "or 'block'; fix the row or reinstall annotate")
        rules.append(rule)
    return tuple(rules)


@lru_cache(maxsize=1)
def _longest_rule() -> int:
    return max((rule.max_chars for rule in boilerplate_rules()), default=0)


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """"Gov.", "Sen.", "Lt.", "Gen.", "Dr." ...: the abbreviated words of models/titles.tsv."""
    return frozenset(word for row in read_table("titles.tsv") for word in row["title"].split()
                     if len(word) > 1 and word.endswith(".") and word[:-1].isalpha())


def matching_rule(line: str) -> BoilerplateRule | None:
    """The first boilerplate rule that drops this (stripped) line, or None."""
    if not line or len(line) > _longest_rule():
        return None
    key = _ANY_SPACE_RUN.sub(" ", line)
    return next((rule for rule in boilerplate_rules() if rule.matches(key)), None)


def clean_text(text: str) -> CleanedText:
    """Drop boilerplate lines, undo hard wraps, normalise spacing; find headline and dateline.

    Pure and linear in ``len(text)``; see the module docstring for exactly what changes.
    """
    raw_lines = text.split("\n")
    lines = [_SPACE_RUN.sub(" ", line.strip()) for line in raw_lines]
    dropped: list[DroppedLine] = []
    kept = _drop_boilerplate(raw_lines, lines, dropped)
    out_lines, joined = _undo_wraps(kept, dropped)
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


# --- boilerplate ------------------------------------------------------------------------

def _drop_boilerplate(raw_lines: list[str], lines: list[str],
                      dropped: list[DroppedLine]) -> list[tuple[int, str] | None]:
    """The lines no rule drops, as (index, text); None for a blank line."""
    kept: list[tuple[int, str] | None] = []
    count = len(lines)
    i = 0
    while i < count:
        line = lines[i]
        rule = matching_rule(line) if line else None
        if rule is None:
            kept.append((i, line) if line else None)
            i += 1
            continue
        dropped.append(DroppedLine(raw_lines[i].strip(), rule.rule, i + 1))
        i += 1
        if rule.kind != "block":
            continue
        links = 0
        while i < count and lines[i]:  # the links under the heading, in its paragraph
            own = matching_rule(lines[i])
            if own is None and not _is_link_like(lines[i]):
                break
            dropped.append(DroppedLine(raw_lines[i].strip(), own.rule if own else rule.rule,
                                       i + 1))
            links += 1
            i += 1
        if links == 0 and i < count and not lines[i]:
            # A heading standing alone: the next paragraph goes if it is all links.
            first = i
            while first < count and not lines[first]:
                first += 1
            last = first
            while last < count and lines[last] and _is_link_like(lines[last]):
                last += 1
            if last - first >= 2 and (last == count or not lines[last]):
                kept.append(None)
                for j in range(first, last):
                    dropped.append(DroppedLine(raw_lines[j].strip(), rule.rule, j + 1))
                i = last
    return kept


def _is_link_like(line: str) -> bool:
    """A line that can be the title of a linked story: short, not a sentence, not a byline or
    dateline."""
    return (len(line) <= _LINK_MAX and not _ends_with_period(line) and not _is_byline(line)
            and DATELINE.match(line) is None)


# --- hard wraps ---------------------------------------------------------------------------

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


def _undo_wraps(kept: list[tuple[int, str] | None],
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
        whole = top.text_if_shorter(_longest_rule())
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
    if _LIST_MARKER.match(after) or DATELINE.match(after) or _is_byline(after):
        return None
    short = before.text_if_shorter(_BYLINE_MAX)
    if short is not None and _is_byline(short):
        return None
    tail = before.tail()
    last_word = tail.rsplit(" ", 1)[-1]
    first = after[0]
    if last_word in _MONTH_ABBREVIATIONS:
        return " " if first.isdigit() else None
    if last_word in _title_abbreviations():
        return " " if first.isupper() else None
    if _ends_sentence(tail):
        return None
    if short is not None and _is_bare_dateline(short):
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
    start = line.lstrip(_OPENERS)[:1]
    return start.islower() or start.isdigit()


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in tuple(_SENTENCE_END)


def _ends_with_period(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(".")


def _is_byline(line: str) -> bool:
    return len(line) <= _BYLINE_MAX and _BYLINE.fullmatch(line) is not None


def _is_bare_dateline(line: str) -> bool:
    """A line that is only a dateline ("WASHINGTON (AP) —"): the story follows on the next."""
    match = DATELINE.match(line)
    return match is not None and match.end() == len(line)


# --- headline and dateline ----------------------------------------------------------------

def _find_headline(lines: list[str]) -> Headline | None:
    """The first line, if it is short, does not end with a period, and a blank line, a byline
    or a dateline follows it."""
    if len(lines) < 2:
        return None
    first, following = lines[0], lines[1]
    if (len(first) > _HEADLINE_MAX or _ends_with_period(first) or _is_byline(first)
            or DATELINE.match(first) or not any(char.isalpha() for char in first)):
        return None
    if following and not _is_byline(following) and not DATELINE.match(following):
        return None
    return Headline(first, 0, len(first))


def _find_dateline(lines: list[str], starts: list[int], has_headline: bool) -> Dateline | None:
    """The dateline opening the story's first paragraph (after the headline and bylines); one
    with an agency may also open one of the next few lines."""
    index = 1 if has_headline else 0
    while index < len(lines) and (not lines[index] or _is_byline(lines[index])):
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

"""Web-page furniture: the rules of ``models/boilerplate.tsv`` and the dropping of the lines
they match.

A "line" rule drops the line it matches; a "block" rule (a heading such as "Related stories")
drops the heading and the links under it, in its paragraph or, for a heading standing alone, in
the next paragraph when that is all links. Every dropped line is reported with its rule's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import errors
from ..errors import AnnotateError
from ..resources import read_table
from .datelines import DATELINE
from .lineshapes import ends_with_period, is_byline

ANY_SPACE_RUN = re.compile(r"\s+")
_LINK_MAX = 150


@dataclass(frozen=True)
class DroppedLine:
    """A line the cleaning removed: its text as it stood (stripped) and the rule that matched."""

    text: str
    rule: str
    line: int  # 1-based line number in the input


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
def longest_rule() -> int:
    return max((rule.max_chars for rule in boilerplate_rules()), default=0)


def matching_rule(line: str) -> BoilerplateRule | None:
    """The first boilerplate rule that drops this (stripped) line, or None."""
    if not line or len(line) > longest_rule():
        return None
    key = ANY_SPACE_RUN.sub(" ", line)
    return next((rule for rule in boilerplate_rules() if rule.matches(key)), None)



def drop_boilerplate(raw_lines: list[str], lines: list[str],
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
    return (len(line) <= _LINK_MAX and not ends_with_period(line) and not is_byline(line)
            and DATELINE.match(line) is None)

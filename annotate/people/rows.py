"""Names in the rows of results tables and ranked lists, and names glued by "vs.".

Sports and results copy lists people one to a row, each with a country in brackets and a
result after it: "Ana Ruiz (Spain) 68 70 69 -- 207", "3. Tom Hale (GBR) 1:58.42", "Ruiz
(ESP) def. Hale (GBR) 6-3, 6-4", or with AP agate's commas before a time: "1. Grace Wanjiru,
Kenya, 2:21:04". The model rarely tags such rows, having no sentence around them. A run of
capitalised words right before a bracketed country (a name the gazetteer knows, or a two- or
three-letter code: ISO 3166-1 alpha-3, or an IOC code that differs from it,
models/ioc_codes.tsv), with a number, a time, a score or the end of the line after the
bracket, is a person's name; the bracket gives that person's country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..input.datelines import DATELINE
from ..resources import read_table
from .cues import Cues
from .spans import MAX_NAME_TOKENS, list_marker

_CODE = re.compile(r"^[A-Z]{2,3}$")
_RESULT = re.compile(r"^[\d:.,'+\-–]+$")  # "68", "1:58.42", "2:03:11", "6-3", "+2", "-4"
_TIME = re.compile(r"^\d+:\d\d([:.]\d+)?$")  # "2:21:04", "1:58.42": a race's time
_AFTER_RESULT = {"def", "def.", "beat", "d.", "vs.", "v.", ",", ";"}
_VERSUS = {"vs.", "vs", "v.", "versus"}
_BEFORE_ROW_NAME = {",", ";", ":", "and", "def.", "d.", "beat", "vs.", "vs", "v.", "versus", "-"}
_RANK = re.compile(r"^T?\d+\.?$")  # "3.", "3", "T3" (tied third)


def row_names(doc: Doc, covered: set[int], gazetteer: Gazetteer, cues: Cues,
              tokens: Sequence[Token] | None = None) -> list[tuple[Span, str | None]]:
    """(name, country code or None) for every name of a table row or ranked list; ``tokens``
    are the doc's tokens, when the caller has made them already."""
    found: list[tuple[Span, str | None]] = []
    codes = _country_codes(gazetteer)
    for i, token in enumerate(doc if tokens is None else tokens):
        if token.text not in ("(", ",") or i == 0:
            continue
        bracket = _bracketed_country(doc, i, gazetteer, codes) if token.text == "(" \
            else _comma_country(doc, i, gazetteer, codes)
        if bracket is None:
            continue
        code, close = bracket
        if not _result_or_line_end(doc, close):
            continue
        if token.text == "," and (code is None or close + 1 >= len(doc)
                                  or not _TIME.match(doc[close + 1].text)):
            continue  # "Ana Ruiz, Spain, 2:21:04": a country and a time, both set off
        start = i
        while start > 0 and i - start < MAX_NAME_TOKENS and _row_name_word(doc[start - 1], cues) \
                and "\n" not in doc[start - 1].whitespace_ and start - 1 not in covered:
            start -= 1
        if start == i or not doc[start].text[:1].isupper():
            continue
        if not _row_start(doc, start):
            continue
        name = doc[start:i]
        if any(t.text in cues.org_words for t in name) or gazetteer.lookup(name.text) is not None \
                or _in_dateline(doc, start):
            continue
        found.append((name, code))
    return found


_CODES: dict[int, frozenset[str]] = {}


def _in_dateline(doc: Doc, start: int) -> bool:
    """Whether token ``start`` is in the place of a wire dateline with an agency, whose credit
    in brackets is no country: "ATLANTA (AP) --", "MOSCOW, March 2 (Reuters) -"."""
    char = doc[start].idx
    line = doc.text.rfind("\n", 0, char) + 1
    match = DATELINE.match(doc.text, line)
    return match is not None and match.group("agency") is not None \
        and match.start("place") <= char < match.end("place")


@lru_cache(maxsize=1)
def ioc_codes() -> dict[str, str]:
    """IOC country code -> ISO 3166-1 alpha-3, for the codes that differ (models/ioc_codes.tsv)."""
    return {row["ioc"]: row["iso"] for row in read_table("ioc_codes.tsv")}


def _country_codes(gazetteer: Gazetteer) -> frozenset[str]:
    """The three-letter country codes the gazetteer maps to, computed once per gazetteer."""
    key = id(gazetteer)
    if key not in _CODES:
        _CODES[key] = frozenset(code for code in gazetteer.codes.values() if _CODE.match(code))
    return _CODES[key]


def bracketed_country(doc: Doc, open_: int, gazetteer: Gazetteer) -> str | None:
    """The country of "(Spain)", "(ESP)", "(GER)" opening at ``open_``: a country's name or
    short name or a three-letter code, not a city or an organisation; None otherwise."""
    found = _bracketed_country(doc, open_, gazetteer, _country_codes(gazetteer))
    if found is None or found[0] is None:
        return None
    inside = doc[open_ + 1:found[1]].text
    return found[0] if gazetteer.kind(inside) in (None, "name", "short") else None


def _bracketed_country(doc: Doc, open_: int, gazetteer: Gazetteer,
                       codes: frozenset[str]) -> tuple[str | None, int] | None:
    """(country code or None, index of the closing bracket) for "(Spain)", "(ESP)"."""
    for close in range(open_ + 2, min(len(doc), open_ + 5)):
        if doc[close].text == ")":
            inside = doc[open_ + 1:close].text
            code = gazetteer.lookup(inside)
            if code is not None and gazetteer.kind(inside) not in ("organization", "institution"):
                return code, close
            if close == open_ + 2 and _CODE.match(inside):
                # A country code: ISO 3166-1 alpha-3 where the gazetteer has it ("ESP"), else
                # an IOC code that differs from it ("GER", models/ioc_codes.tsv).
                return (inside if inside in codes else ioc_codes().get(inside)), close
            return None
    return None


def _comma_country(doc: Doc, comma: int, gazetteer: Gazetteer,
                   codes: frozenset[str]) -> tuple[str | None, int] | None:
    """(country code, index of the comma after it) for AP agate's ", Kenya," or ", KEN," after
    a name ("1. Grace Wanjiru, Kenya, 2:21:04."); a city or an organisation is no country."""
    for close in range(comma + 2, min(len(doc), comma + 5)):
        if doc[close].text == ",":
            inside = doc[comma + 1:close].text
            if gazetteer.kind(inside) in ("name", "short"):
                return gazetteer.lookup(inside), close
            if close == comma + 2 and _CODE.match(inside):
                return (inside if inside in codes else ioc_codes().get(inside)), close
            return None
    return None


def _result_or_line_end(doc: Doc, close: int) -> bool:
    """A result right after the bracket, or the end of the row."""
    if "\n" in doc[close].whitespace_ or close + 1 >= len(doc):
        return True
    after = doc[close + 1]
    return bool(_RESULT.match(after.text)) or after.text in _AFTER_RESULT or after.is_space


def _row_name_word(token, cues: Cues) -> bool:
    """A word of a name in a row: capitalised ("Ruiz", "RUIZ", "O'Neil", "Reyes-Aquino"), an
    initial ("J."), or a particle ("van")."""
    text = token.text
    if text in cues.particles:
        return True
    if len(text) == 2 and text[0].isupper() and text[1] == ".":
        return True
    return text[:1].isupper() and text.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _row_start(doc: Doc, start: int) -> bool:
    """The name opens a row: at the start of a line, after a rank ("3.", "3", "T3"), or after
    a separator of a list or result ("," ";" ":" "def.")."""
    if start == 0:
        return True
    before = doc[start - 1]
    if "\n" in before.whitespace_ or before.is_space:
        return True
    if before.text in _BEFORE_ROW_NAME:
        return True
    if before.text == "." and start >= 2 and (_RANK.match(doc[start - 2].text)
                                               or doc[start - 2].text == "def"):
        return True  # "3. Tom Hale", "T3. Tom Hale", "def. Tom Hale"
    return bool(_RANK.match(before.text))


def split_at_versus(span: Span) -> list[Span]:
    """"Ruiz vs. Hale" as one entity is two names, and so is an entity that runs across a line
    break (a headline naming a person, then the first line of the story: "Ana Ruiz\nAna Maria
    Ruiz (born ..."; the items of a lettered list: "A. Ana Ruiz\nB. Li Wei"); other spans
    come back whole."""
    doc = span.doc
    parts, start = [], span.start
    for i in range(span.start, span.end):
        if doc[i].lower_ in _VERSUS:
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
        elif ("\n" in doc[i].whitespace_ or "\n" in doc[i].text) and i + 1 < span.end:
            # Before a line break, only a heading naming the person of the next line.
            end = i if doc[i].is_space else i + 1
            if _heading_of_next_line(doc, start, end) \
                    or (list_marker(doc, start) and list_marker(doc, _next_line(doc, i))):
                parts.append(doc[start:end])  # or an item of a lettered list: "A. X\nB. Y"
            start = i + 1
    if start < span.end:
        parts.append(doc[start:span.end])
    return parts


def _next_line(doc: Doc, i: int) -> int:
    """The first token of the line after the line break at token i."""
    j = i + 1
    while j < len(doc) - 1 and doc[j].is_space:
        j += 1
    return min(j, len(doc) - 1)


def _heading_of_next_line(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end, ending a line, are a full name written as a heading and
    named again at the start of the next line, as a biography opens ("Ana Ruiz\nAna Maria Ruiz
    (born ...)")."""
    if end - start < 2 or not all(t.is_title and t.is_alpha for t in doc[start:end]):
        return False
    return any(t.text == doc[end - 1].text for t in doc[end:end + 8])


def in_scoreline(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a side of a scoreline, "Aston Villa 2, Everton 1": a name with one
    whole number after it, joined by a comma or a dash to another name with one number. Sports
    copy writes clubs and teams so, never people (a player's row has several numbers, or a
    score of sets: "Hale 6-3, 6-4")."""
    if not _score_after(doc, end) or _leaderboard(doc, start):
        return False
    after = end + 2  # the name, its score, then "," or "-"
    if after < len(doc) and doc[end + 1].text in (",", "-", "–") and _team_then_score(doc, after):
        return True
    before = start - 1  # "... 2, | Everton 1"
    return before >= 1 and doc[before].text in (",", "-", "–") and doc[before - 1].text.isdigit() \
        and (before - 2 < 0 or not doc[before - 2].text.isdigit())


def _leaderboard(doc: Doc, start: int) -> bool:
    """Whether the line of token ``start`` lists three or more names each with one number, as
    golf and other scores are written ("Ana Ruiz 66, Li Wei 67, Tom Hale 68."): a scoreline
    has two sides only."""
    first = start
    while not _line_start(doc, first):
        first -= 1
    return len(_scored_names(doc, first)) >= 3


def _line_start(doc: Doc, i: int) -> bool:
    """Whether token i opens a line: a line break in the white space before it, or in a space
    token (spaCy makes one of a line break that follows other white space)."""
    return i == 0 or "\n" in doc[i - 1].whitespace_ \
        or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _scored_names(doc: Doc, first: int) -> list[tuple[int, int]]:
    """The longest run of names (token start, end), each followed by one number and then a
    comma, a period or the line's end, on the line that starts at token ``first``. A
    semicolon ends a run: "Stanley Wood 3, Hale Town 0; Aston Villa 2, Everton 1" is two
    scorelines."""
    runs: list[list[tuple[int, int]]] = [[]]
    i = first
    while i < len(doc) and (i == first or not _line_start(doc, i)):
        j = i
        while j < len(doc) and j - i < MAX_NAME_TOKENS and doc[j].text[:1].isupper() \
                and (j == i or not _line_start(doc, j)):
            j += 1
        if j > i and j < len(doc) and not _line_start(doc, j) and doc[j].text.isdigit() \
                and len(doc[j].text) <= 3 and (j + 1 == len(doc) or _line_start(doc, j + 1)
                                               or doc[j + 1].text in (",", ";", ".")):
            runs[-1].append((i, j))
            if j + 1 < len(doc) and doc[j + 1].text == ";":
                runs.append([])
        i = max(j, i + 1)
    return max(runs, key=len)


_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}


def _lines_with_scores(doc: Doc | Sequence[Token]) -> list[int]:
    """The first tokens of the lines that hold three or more numbers of up to three digits
    followed by a comma, a semicolon, a period or the line's end: one pass over the story
    (``doc`` may be the list of its tokens)."""
    starts: list[int] = []
    first, scores = 0, 0
    for token in doc:
        i = token.i
        if i > 0 and ("\n" in doc[i - 1].whitespace_
                      or (doc[i - 1].is_space and "\n" in doc[i - 1].text)):
            if scores >= 3:
                starts.append(first)
            first, scores = i, 0
        if token.is_digit and len(token) <= 3 and (
                i + 1 == len(doc) or doc[i + 1].text in (",", ";", ".")
                or "\n" in token.whitespace_ or doc[i + 1].is_space):
            scores += 1
    if scores >= 3:
        starts.append(first)
    return starts


def leaderboard_names(doc: Doc, gazetteer: Gazetteer, cues: Cues,
                      tokens: Sequence[Token] | None = None) -> list[Span]:
    """The players of a line of scores ("Jin-ho Park 66, Rafael Soto 67, Derek Wolfe 68."):
    on a line of three or more names each with one number, where the model calls one of them
    a person, and none holds an organisation word or is a place, every name of two words or
    more is a person. Standings of clubs ("Ashford United 45, Dover City 43") hold club words
    or places."""
    found: list[Span] = []
    for first in _lines_with_scores(doc if tokens is None else tokens):
        items = _scored_names(doc, first)
        if len(items) < 3 or not any(doc[k].ent_type_ == "PERSON"
                                     for start, end in items for k in range(start, end)):
            continue
        names = []
        for start, end in items:
            while start < end and not _row_name_word(doc[start], cues):
                start += 1  # a rank or a marker before the name
            names.append(doc[start:end])
        if any(any(t.text in cues.org_words or t.ent_type_ in _PLACE_LABELS for t in name)
               or gazetteer.code_in(name) is not None for name in names):
            continue  # a club or a place among them: standings
        found += [name for name in names if len(name) >= 2]
    return found


def _score_after(doc: Doc, end: int) -> bool:
    """One whole number after a name, not followed by another number or a dash and a number."""
    if end >= len(doc) or not doc[end].text.isdigit() or len(doc[end].text) > 2:
        return False
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and (nxt.text.isdigit() or nxt.text in ("-", "–", ":")) \
            and end + 2 < len(doc) and doc[end + 2].text.isdigit():
        return False  # "68 70", "6-3": a player's row or a tennis score
    return True


def _team_then_score(doc: Doc, i: int) -> bool:
    """A capitalised name starting at i followed by one whole number."""
    j = i
    while j < len(doc) and j - i < MAX_NAME_TOKENS and doc[j].text[:1].isupper():
        j += 1
    return j > i and _score_after(doc, j)

"""Sentence boundaries that wire copy makes plain but the parser misses.

Runs before the parser, which respects boundaries already set. A headline, a byline and the
first paragraph are separate sentences (a blank line ends a sentence), and a dateline
("ISTANBUL (AP) —", "Kolkata:") is not the subject of the story's first sentence, nor is an
agency's slug before a headline ("UPDATE 2-Kenya expels envoy", models/wire_slugs.tsv). The
boundaries are found with regular expressions over the text, not a Python loop over every token.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import load_gazetteer
from ..input.datelines import DATELINE, NOT_PLACES
from ..resources import read_column

# What follows a blank line, or a dateline's dash, starts a sentence. A dateline that names an
# agency ("(AP)") counts on any line; one without ("THE HAGUE, Netherlands --", "GENEVA —")
# only where the cleaning reads one too, at the start of the story or of a paragraph, and not
# when its "place" is a label ("UPDATE —"): a bare "NATO — ..." inside a paragraph is no
# dateline.
# No lookahead for the next word: after a long run of white space that has none, a lookahead
# makes every start position rescan the run (quadratic); a match at the very end is skipped.
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_DATELINE = re.compile(DATELINE.pattern + r"\s*(?=\S)", re.MULTILINE)
# Scraped and non-AP copy writes a shorter dateline: a city and a colon or a spaced hyphen
# ("Kolkata: The state government ...", "Washington - The president ..."). It counts only
# where a dateline can stand (the start of the story or of a paragraph) and only for a city, a
# capital or a seat of government of the gazetteer ("WHITE HOUSE -"), never a country
# ("Russia - Ukraine talks" is a headline about both).
_PLACE_LEAD = re.compile(r"^[ \t]*(?P<city>[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3})"
                         r"(?:[ \t]{1,3}[-–—][ \t]{1,3}|:[ \t]{1,3})(?=[A-Z\"“])", re.MULTILINE)
_CITY_KINDS = frozenset({"capital", "place", "institution"})
# An agency's slug at the start of a line, before a headline: "UPDATE 2-", "RPT-UPDATE 1-",
# "EXCLUSIVE-" (models/wire_slugs.tsv), then a capital, a digit or a quote. The headline after
# it is one sentence of its own (see _after_slugs); the slug's characters stay in the text.
_SLUG_WORD = "|".join(re.escape(slug) for slug in read_column("wire_slugs.tsv"))
_SLUG = re.compile(rf"^[ \t]*(?:(?:{_SLUG_WORD})(?: \d{{1,2}})?[ \t]?-[ \t]?)+(?=[A-Z0-9\"“])",
                   re.MULTILINE)


@Language.component("annotate_segmenter")
def segment_wire_copy(doc: Doc) -> Doc:
    text = doc.text  # built from the tokens on every access: once, not once per match
    for pattern, accepted in _BOUNDARIES:
        for match in pattern.finditer(text):
            if match.end() == len(text) or not accepted(text, match):
                continue
            span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
    _after_slugs(doc, text)
    return doc


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _after_slugs(doc: Doc, text: str) -> None:
    """The headline after an agency's slug is one sentence: it starts after the slug and runs to
    the end of its line or its first full stop ("UPDATE 2-| Kenya expels Ugandan envoy": the
    parser had read the slug into the subject, and then split "Kenya" from its verb)."""
    for match in _SLUG.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None:
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        doc[span.start].is_sent_start = True
        for token in doc[span.start + 1:]:
            if token.idx >= line_end or token.is_sent_start or (
                    doc[token.i - 1].text in _SENTENCE_ENDS):
                break  # the line's end, a full stop, or a boundary found before (a dateline)
            token.is_sent_start = False


_VISIBLE = re.compile(r"\S")


def _opens_paragraph(text: str, match: re.Match[str]) -> bool:
    """A bare dateline opens the story or a paragraph (nothing but a blank line before its
    line), and its place is no label."""
    if match["city"] in NOT_PLACES:
        return False
    before = text[max(0, match.start() - 200):match.start()].rstrip(" \t")
    if before.endswith("\n"):
        before = before[:-1].rstrip(" \t")  # the end of the line before
    # the story's start: nothing visible before the match (read up to it, not copied)
    return before.endswith("\n") or _VISIBLE.search(text, 0, match.start()) is None


def _dateline(text: str, match: re.Match[str]) -> bool:
    """A dateline with an agency, anywhere; one without, where a paragraph opens."""
    return match["agency"] is not None or _opens_paragraph(text, match)


def _city_lead(text: str, match: re.Match[str]) -> bool:
    """A short dateline ("Kolkata:", "WASHINGTON -") opening the story or a paragraph, whose
    place the gazetteer knows as a city, a capital or a seat of government."""
    return _opens_paragraph(text, match) and load_gazetteer().kind(match["city"]) in _CITY_KINDS


# Each pattern of a boundary, with the test its matches must pass.
_BOUNDARIES: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], bool]], ...] = (
    (_BLANK_LINE, lambda text, match: True),
    (_DATELINE, _dateline),
    (_PLACE_LEAD, _city_lead),
)

"""Time words that are part of a quoted composition title: NBC's "Today" show, "Fox News
Sunday", CBS' "Sunday Morning" program. AP style puts the titles of programmes, books, films
and songs in quotation marks ("composition titles"); a time word inside such a title names the
work, not a time, and TimeML 1.2.1 (after the TIDES guidelines' non-markable proper names)
marks no TIMEX3 inside a name. The capitalised unit words of a title ("60 Minutes") are
judged in candidates.py; this module reads the quotation marks, so it also covers the words
AP capitalises anyway (weekdays, "Today" opening a title).

A quotation is a title when its words are few and all in title case (a quoted remark has
lower-case words or punctuation inside it: ``Today, I am here'') and one of three cues holds:
a possessive of the network or author before it (NBC's "Today"), a noun of a work after it
(models/title_nouns.tsv: the "Sunday Morning" program), or a capitalised word in it that is
no part of the time expression ("Fox News Sunday").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import read_table

_OPENING = {"``", "`", '"', "“", "''"}  # the tokenizer may split `` in two
_CLOSING = {"''", '"', "”"}
_END_PUNCTUATION = {",", ".", "?", "!", ":", ";"}
# Short words AP leaves in lower case inside a title ("Meet the Press", "Face the Nation").
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by"}
_MAX_WORDS = 6
_REACH = 8  # tokens between the time expression and a quotation mark


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("title_nouns.tsv"))


def in_quoted_title(span: Span) -> bool:
    """True when the candidate lies inside a quoted title (see the module's docstring)."""
    doc = span.doc
    opening = _quotation_mark(doc, range(span.start - 1, max(-1, span.start - 1 - _REACH), -1),
                              _OPENING)
    closing = _quotation_mark(doc, range(span.end, min(len(doc), span.end + _REACH)), _CLOSING)
    if opening is None or closing is None:
        return False
    inside = list(doc[opening.i + 1:closing.i])
    while opening.i > 0 and opening.text == "`" and doc[opening.i - 1].text == "`":
        opening = doc[opening.i - 1]
    while inside and inside[-1].text in _END_PUNCTUATION:
        inside.pop()
    words = [t for t in inside if not t.is_space]
    if not words or len(words) > _MAX_WORDS or not all(_title_word(t, t is words[0])
                                                       for t in words):
        return False
    before = doc[opening.i - 1] if opening.i > 0 else None
    after = doc[closing.i + 1] if closing.i + 1 < len(doc) else None
    possessive = before is not None and before.tag_ == "POS"
    work_noun = after is not None and after.lemma_.lower() in _title_nouns()
    other_name_word = any(t.is_alpha and not span.start <= t.i < span.end
                          and t.lower_ not in _SMALL_WORDS for t in words)
    return possessive or work_noun or other_name_word


def _quotation_mark(doc, positions: range, marks: set[str]) -> Token | None:
    """The first quotation mark of ``marks`` at ``positions``, in their order; a quotation
    mark of the other kind or the start of a sentence stops the search."""
    for i in positions:
        token = doc[i]
        if token.text in marks:
            return token
        if token.text in _OPENING | _CLOSING or token.is_sent_start:
            return None
    return None


def _title_word(token: Token, first: bool) -> bool:
    """A word of a title in AP style: capitalised, a figure, or a short word inside it."""
    if not token.is_alpha:
        return token.like_num or token.text in ("'s", "-", "&")
    return token.is_title or token.is_upper or (not first and token.lower_ in _SMALL_WORDS)

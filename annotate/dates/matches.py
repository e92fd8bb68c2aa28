"""Sports copy's halves and scores, which look like time expressions and are none (TimeML
1.2.1: a TIMEX3 refers to a time, a length of time or a recurrence):
- "a second-half goal": a half compound before a noun of a match (models/match_words.tsv)
  is a stage of the match, not a half of the year ("second-half profit" is kept); so is "the
  second half" after a preposition in a clause of scoring ("scored twice in the second half",
  "a penalty in the first half"), judged by the clause's verb and its nouns only.
- "passed 2015-1990": two year-like figures joined by a dash, the second smaller, are a
  score or a tally (a range of years runs forward).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import read_table
from .spans import Candidate


@lru_cache(maxsize=1)
def _match_nouns() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("match_words.tsv") if row["pos"] == "NOUN")


@lru_cache(maxsize=1)
def _match_verbs() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("match_words.tsv") if row["pos"] == "VERB")


def is_match_half(span: Span) -> bool:
    """ "a second-half goal", "a first-half penalty": a half compound that modifies a noun of
    a match (models/match_words.tsv) is a stage of the match, not a half of the year; so is
    "the second half" in a clause that scores ("scored twice in the second half", "a goal in
    the second half": :func:`_in_scoring_clause`)."""
    halves = [token for token in span if token.lower_ == "half"]
    if halves and _in_scoring_clause(span):
        return True
    if not halves or span.end >= len(span.doc):
        return False
    noun = span.doc[span.end]
    return span[-1].lower_ == "half" and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() in _match_nouns()


def _in_scoring_clause(span: Span) -> bool:
    """The half, given no year ("the second half", not "... of 2025"), is the object of a
    preposition that hangs on a verb of scoring ("scored in the second half") or on a noun of
    a match ("a goal in the second half"), or on a verb whose subject or object is such a
    noun ("Leeds added a goal early in the second half"), or on a verb given a score ("led
    2-0 in the first half"): only the clause's own words count,
    so a match word elsewhere in the sentence does not make a business half a match's."""
    if span[-1].lower_ != "half" or span.root.dep_ != "pobj":
        return False
    holder = span.root.head.head
    if holder.i == span.root.head.i:
        return False
    if holder.pos_ == "NOUN":
        return holder.lemma_.lower() in _match_nouns()
    if holder.pos_ not in ("VERB", "AUX"):
        return False
    if holder.lemma_.lower() in _match_verbs():
        return True
    return any(child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.pos_ == "NOUN"
               and child.lemma_.lower() in _match_nouns() or _is_score(child)
               for child in holder.children)


def _is_score(token: Token) -> bool:
    """The words under ``token`` are a match score ("2-0", "14-7")."""
    if not token.like_num:
        return False
    words = token.doc[token.left_edge.i:token.right_edge.i + 1].text.replace(" ", "")
    return bool(_SCORE.match(words))


# A match score: "led 2-0", "trailed 14-7".
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def without_scores(candidates: list[Candidate]) -> list[Candidate]:
    """ "The measure passed 2015-1990", "won 2010-1995": two figures joined by a dash, the
    second smaller, are a score or a tally. A range of years runs forward ("1985-1990"), so
    neither figure is a year."""
    dropped: set[int] = set()
    for first, second in zip(candidates, candidates[1:]):
        a, b = first.span, second.span
        if len(a) != 1 or len(b) != 1 or not _YEAR.match(a.text) or not _YEAR.match(b.text):
            continue
        between = a.doc[a.end:b.start]
        if len(between) == 1 and between[0].text in ("-", "–", "—") \
                and b.start_char - a.end_char <= 3 and int(b.text) < int(a.text):
            dropped.update((id(first), id(second)))
    return [c for c in candidates if id(c) not in dropped]

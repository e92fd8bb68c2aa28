"""Figures and units that measure or compare something other than a time. TimeML 1.2.1
marks times, lengths of time and recurrences; a quantity that is not a time, or a unit that
only names the basis of a comparison, is no TIMEX3, even when it looks like one:

- a year-like figure that counts things: "The index rose 1999 points", "The candidate won
  1998 votes", "Police arrested 1995 suspects". The figure is the count (spaCy's nummod) of
  the plural noun right after it, and that noun names things counted out
  (models/counted_nouns.tsv) or people (models/person_nouns.tsv). A year before a noun names
  what belongs to that year ("fiscal 1989 sales", "prices returned to 1990 levels", "the 1990
  budget"), so other nouns, and a figure after a determiner, a possessive or "fiscal", are
  left as dates;
- "light years": a distance ("50 light years from Earth"), not fifty years;
- a unit said twice across "on", "over", "to" or "by": "rose 8 percent year-on-year",
  "month-to-month", "Earnings vary from year to year", "grew year by year". Each period is
  compared with the one before it, or things change with each period; no one year is referred
  to (it is not this year, the value the bare "year" would get), and no length is measured.
  "Year after year" and "every year" (recurrences) are left to the other rules;
- a two-digit decade that is a range of numbers (AP Stylebook, "temperatures": "the low 20s",
  "the upper 80s", "temperatures in the 90s"): after "low", "lower", "upper", "high" or
  "higher" (a decade of the calendar is early, mid or late), or said of a temperature (the
  noun it hangs on, or the subject of its verb, is a temperature, a high, a low or a reading:
  "Temperatures reached the 90s", "Lows dipped into the 30s"). "Prices fell in the 90s" is
  left a decade: the clause does not say which.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..resources import person_noun_lemmas, read_table
from .spans import unit_word

_YEAR_LIKE = re.compile(r"^(?:1\d{3}|20\d{2})$")
# Words before a figure that make it a year of the noun after it: "the 1990 budget",
# "its 1999 sales", "fiscal 1989 results".
_YEAR_MAKERS = {"fiscal", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                "calendar", "model", "school", "crop"}


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("counted_nouns.tsv")) | person_noun_lemmas()


def is_quantity(span: Span) -> bool:
    """True when the candidate measures something that is no time (see the module)."""
    return _counts_things(span) or _light_years(span) or _unit_said_twice(span) \
        or _range_of_numbers(span)


def _counts_things(span: Span) -> bool:
    """ "rose 1999 points": a bare year-like figure, the count of the plural noun after it."""
    if len(span) != 1 or not _YEAR_LIKE.match(span[0].text):
        return False
    doc, figure = span.doc, span[0]
    if figure.i + 1 >= len(doc):
        return False
    noun = doc[figure.i + 1]
    before = doc[figure.i - 1] if figure.i > 0 else None
    if before is not None and (before.lower_ in _YEAR_MAKERS or before.tag_ in ("PRP$", "POS")):
        return False
    return noun.tag_ == "NNS" and figure.head.i == noun.i and figure.dep_ == "nummod" \
        and noun.lemma_.lower() in _counted_nouns()


def _light_years(span: Span) -> bool:
    """ "50 light years": "light" right before the unit."""
    doc = span.doc
    for t in span:
        if t.lower_ in ("year", "years") and t.i > 0:
            before = doc[t.i - 2] if doc[t.i - 1].text == "-" and t.i > 1 else doc[t.i - 1]
            if before.lower_ == "light":
                return True
    return False


_LINKS = {"on", "over", "to", "by"}


def _unit_said_twice(span: Span) -> bool:
    """ "year-on-year", "from year to year", "month by month": a unit of the candidate with the
    same unit two or three tokens away across one of _LINKS (and a hyphen)."""
    doc = span.doc
    for t in span:
        if not unit_word(t) or t.lower_ in ("few", "several"):
            continue
        for step in (1, -1):
            i = t.i + step
            if 0 <= i < len(doc) and doc[i].text == "-":
                i += step
            if not (0 <= i < len(doc) and doc[i].lower_ in _LINKS):
                continue
            i += step
            if 0 <= i < len(doc) and doc[i].text == "-":
                i += step
            if 0 <= i < len(doc) and doc[i].lower_ == t.lower_:
                return True
    return False


_TWO_DIGIT_DECADE = re.compile(r"^[1-9]0'?s$")
_RANGE_PLACES = {"low", "lower", "upper", "high", "higher"}
_TEMPERATURE_NOUNS = {"temperature", "high", "low", "reading", "thermometer", "mercury"}


def _range_of_numbers(span: Span) -> bool:
    """ "the upper 80s", "Temperatures reached the 90s": a decade as a range of numbers."""
    decade = span[-1]
    if not _TWO_DIGIT_DECADE.match(decade.lower_):
        return False
    doc = decade.doc
    if decade.i > 0 and doc[decade.i - 1].lower_ in _RANGE_PLACES:
        return True
    head = decade.head
    for _ in range(3):  # "the 90s" <- "in" <- "Temperatures", or <- "reached"
        if _is_temperature(head) or head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and _is_temperature(c) for c in head.children):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _is_temperature(token) -> bool:
    word = token.lower_
    return token.pos_ in ("NOUN", "PROPN") and (word in _TEMPERATURE_NOUNS
                                                or word.endswith("s") and word[:-1] in
                                                _TEMPERATURE_NOUNS)

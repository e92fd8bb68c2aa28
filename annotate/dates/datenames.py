"""Days that are part of a name: "the November 17 group", "the April 6 movement" (a group
named after a date) and "Tuesday Morning stores" (a business). TimeML 1.2.1 follows the TIDES
guidelines on proper names: a time expression inside a name is not marked, since the story
refers to the group or the business, not to that day.

Two cues, each read from the words right next to the candidate:
- a day (a weekday, or a month with its day) right before a noun of a group or a business
  (models/date_name_heads.tsv): "the November 17 group", "Tuesday Morning stores";
- a weekday followed by a capitalised part of the day inside a sentence written in lower case
  ("at Tuesday Morning"): AP lower-cases "morning" in a time ("Tuesday morning"), so the
  capital marks a name.
A day that places an event ("the Tuesday meeting", "the Christmas Day massacre") is left to
the other rules.

The same guideline covers two more kinds of name, each read from the parse of the candidate:
- a figure after the capitalised name word it numbers ("Windows 2000", "Agenda 2000", "Office
  2000": spaCy hangs the figure on the name as its nummod): a version or a programme, not the
  year; a month, season, holiday, part of the day, weekday or unit before the figure
  ("January 2000", "Summer 1999", "Christmas 1998", "the Year 2000 problem") and "Fiscal"
  still make a date;
- a capitalised count of a unit hyphened inside the name of a plan or a war, in a sentence in
  lower case ("the Ninth Five-Year Plan", "the Six-Day War"): AP capitalises "five-year" only
  as part of such a name, which names the plan, not five years ("a five-year plan" is kept);
- a figure before a street's name, the number of a building in an address ("1999 Broadway",
  "2000 Pennsylvania Ave.", "1812 Main St.", as AP writes addresses): the name ends in a
  street word within three capitalised words of the figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import read_table
from .timex import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, holiday_table
from .timex.vocabulary import UNITS


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("date_name_heads.tsv"))


def _names_a_day(span: Span) -> bool:
    words = [t.lower_.rstrip(".") for t in span if t.lower_ not in ("the", "a", "an")]
    if any(w in WEEKDAYS for w in words):
        return True
    return any(w in MONTHS for w in words) and any(re.match(r"^\d{1,2}$", w) for w in words)


def _capitalised_part_of_day(token: Token) -> bool:
    """ "Morning" in "Tuesday Morning", inside a sentence mostly in lower case."""
    if token.lower_ not in PARTS_OF_DAY or not token.text[:1].isupper() or token.is_sent_start:
        return False
    words = [t for t in token.sent if t.is_alpha and len(t) > 3 and t.i != token.i
             and t.lower_ not in WEEKDAYS]
    lower = sum(t.is_lower for t in words)
    return lower > 0 and lower * 2 >= len(words)


# Capitalised words before a figure that make a date of it ("Fiscal 1990", "Mid 1999").
_DATING_WORDS = {"fiscal", "mid", "early", "late", "year", "class"}


def _numbered_name(span: Span) -> bool:
    """ "Windows 2000", "Agenda 2000": a capitalised name word and the figure that numbers it."""
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if len(words) != 2 or not words[1].like_num or words[1].head.i != words[0].i:
        return False
    name = words[0]
    lower = name.lower_.rstrip(".")
    return name.pos_ == "PROPN" and name.text[:1].isupper() and lower not in MONTHS \
        and lower not in SEASONS and lower not in PARTS_OF_DAY and lower not in WEEKDAYS \
        and lower.rstrip("s") not in UNITS and lower not in holiday_table() \
        and lower not in _DATING_WORDS


def _counted_unit_in_name(span: Span) -> bool:
    """ "the Ninth Five-Year Plan": "Five-Year" capitalised before a capitalised noun that
    ends the candidate or follows it, inside a sentence mostly in lower case."""
    doc = span.doc
    for unit in span:
        i = unit.i
        if i < 2 or i + 1 >= len(doc) or unit.lower_ not in UNITS \
                or not unit.text[:1].isupper() or doc[i - 1].text != "-" \
                or not doc[i - 2].text[:1].isupper() or doc[i - 2].is_upper:
            continue
        noun = doc[i + 1]
        if noun.i + 1 < span.end or not noun.is_title or noun.lower_.rstrip("s") in UNITS \
                or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        words = [t for t in span.sent if t.is_alpha and len(t) > 3
                 and not span.start <= t.i <= noun.i]
        return sum(t.is_lower for t in words) * 2 >= len(words)
    return False


# The last word of a street's name (AP Stylebook, "addresses").
_STREET_WORDS = {"st", "street", "ave", "avenue", "blvd", "boulevard", "road", "rd", "drive",
                 "dr", "lane", "ln", "way", "place", "pl", "parkway", "pkwy", "highway", "court",
                 "ct", "square", "plaza", "terrace", "circle", "broadway"}


_YEAR_PREPOSITIONS = {"in", "since", "by", "until", "till", "during", "before", "after",
                      "through", "throughout", "of", "for"}


def _street_number(span: Span) -> bool:
    """ "2000 Pennsylvania Ave.": a bare figure, then a street's capitalised name."""
    if len(span) != 1 or not span[0].text.isdigit():
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _YEAR_PREPOSITIONS:
        return False  # "In 1995 Main Street merchants sued": a year after a preposition of time
    for i in range(span.end, min(span.end + 4, len(doc))):
        if not doc[i].text[:1].isupper():
            return False
        if doc[i].lower_.rstrip(".") in _STREET_WORDS:
            return True
    return False


def is_date_name(span: Span) -> bool:
    """True when the candidate is part of the name of a group or a business, or numbers a
    name ("Windows 2000"), or counts a unit inside one ("the Five-Year Plan")."""
    if _numbered_name(span) or _counted_unit_in_name(span) or _street_number(span):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if _names_a_day(span):
        if after is not None and after.pos_ in ("NOUN", "PROPN") \
                and after.lemma_.lower() in _name_heads():
            return True
        if after is not None and _capitalised_part_of_day(after):
            return True
        if any(_capitalised_part_of_day(t) for t in span[1:]) \
                and any(t.lower_ in WEEKDAYS for t in span):
            return True
    return len(span) == 1 and _capitalised_part_of_day(span[0]) and before is not None \
        and before.lower_ in WEEKDAYS

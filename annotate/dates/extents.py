"""The extent of a time expression (TimeML: the TIMEX3 holds the time phrase, its head noun
included), where the model's entity is too long or too short.

A noun phrase of something else at the start of the model's entity is no part of the time
expression: in "said in an interview several months before he took office" the model may tag
"an interview several months" as one DATE, while the time is "several months" (TimeML: the
TIMEX3 holds the time phrase only; the interview is an event).

The cut is made only when the entity opens with a determiner and one to three words of a noun
phrase that hold no word of time (adjectives and common nouns, the last a common noun), and a
count of a unit follows at once: a number ("two weeks"), a vague count ("several months", "a
few days") or "many"/"some" before a plural unit. "the first two weeks", "the next several
days" and "a day or two" are left as they are: their words before the count are no noun.

When the model's entity is only such a stretch's order and count ("the past" or "the past
two") and the noun counted after it is no unit of time ("in the past two sessions", "the last
three elections"), the phrase counts things or events and is no time expression.

A noun the model put after a hyphenated length that modifies it is no part of the length: "ran
a four-minute mile" holds "four-minute", as "a 10-minute walk" does. A unit the model tagged
before "-long" ("The day" of "The day-long meeting") is the compound "day-long". A unit the
layer found alone takes "and a half" after it ("a year and a half ago").

A count that ends the model's entity takes the plural season after it, which the model left
out: "for the past three" + "summers" is one expression, "the past three summers". A holiday's
name takes the period it names after it: "the Labor Day" + "weekend" is "the Labor Day
weekend", as "the Christmas holiday season" is one expression.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .spans import is_time_expression, trim, unit_word
from .timex import PARTS_OF_DAY, SEASONS, holiday_table

_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
                "our", "my", "your"}
_VAGUE_COUNTS = {"several", "few", "many", "some"}
# Words that order a counted stretch ("the past two", "the last three", "the next five").
_ORDER_WORDS = {"the", "past", "last", "next", "previous", "coming", "final", "first"}
# The periods a holiday names when its name stands before them: "the Easter weekend", "the
# Christmas holiday season", "the Thanksgiving break".
HOLIDAY_PERIODS = {"weekend", "weekends", "holiday", "holidays", "season", "week", "break",
                    "vacation", "recess"}


def trimmed(span: Span) -> Span | None:
    """:func:`.spans.trim`, then a leading noun phrase of something else, or a noun after a
    hyphenated length, cut off."""
    span = trim(span)
    if span is None or _counts_things(span):
        return None
    cut = _count_after_noun(span)
    span = span if cut is None else span.doc[cut:span.end]
    if len(span) >= 4 and _modified_noun(span[-1]):
        return span.doc[span.start:span.end - 1]
    return span


def hyphened_length(span: Span) -> Span:
    """ "The day" + "-long meeting", "months" + "-long investigation": a unit the model tagged
    alone, or with the determiner of the noun after it, heads a "-long" compound; the length is
    the compound ("day-long", "months-long"), as untagged.long_compounds finds it when the
    model tags nothing, and the determiner belongs to the noun it modifies."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end + 1].lower_ != "long" \
            or not unit_word(span[-1]) or len(span) > 2 \
            or len(span) == 2 and span[0].lower_ not in _DETERMINERS:
        return span
    return doc[end - 1:end + 2]


def with_head_noun(span: Span) -> Span:
    """The span with the head noun of time the model left out after it: the plural season
    after a closing count ("the past three summers"), the period after a holiday's name ("the
    Labor Day weekend", "the Christmas holiday season")."""
    doc = span.doc
    if span.end < len(doc) and span[-1].like_num and len(span) >= 2 \
            and doc[span.end].lower_.rstrip("s") in SEASONS and doc[span.end].lower_.endswith("s"):
        return doc[span.start:span.end + 1]
    end = span.end
    if " ".join(t.lower_ for t in span if t.lower_ not in ("the", "a", "an")) in holiday_table():
        while end < len(doc) and end < span.end + 2 and doc[end].lower_ in HOLIDAY_PERIODS:
            end += 1
    return doc[span.start:end]


def _counts_things(span: Span) -> bool:
    """ "the past" + "two sessions", "the last three" + "elections": the model's entity ends
    before the noun it counts, and that noun is no unit of time, so the phrase counts things
    or events and names no time."""
    doc = span.doc
    if any(t.lower_ not in _ORDER_WORDS and not t.like_num for t in span) \
            or not any(t.lower_ in _ORDER_WORDS - {"the"} for t in span):
        return False
    end = span.end
    while end < len(doc) and doc[end].like_num:
        end += 1
    if end == span.end and not span[-1].like_num or end >= len(doc) or end - span.start > 6:
        return False
    head = doc[end]
    return head.pos_ == "NOUN" and head.tag_ == "NNS" and not unit_word(head) \
        and head.lower_.rstrip("s") not in SEASONS and head.lower_.rstrip("s") not in PARTS_OF_DAY \
        and not is_time_expression(doc[end:end + 1])


def _count_after_noun(span: Span) -> int | None:
    """The index where the count of time starts, after a leading noun phrase, or None."""
    doc = span.doc
    if len(span) < 4 or span[0].lower_ not in _DETERMINERS:
        return None
    for i in range(span.start + 2, min(span.start + 5, span.end - 1)):
        if _starts_count(doc[i], span.end):
            words = doc[span.start + 1:i]
            if all(_noun_phrase_word(w) for w in words) and words[-1].pos_ == "NOUN" \
                    and not is_time_expression(doc[span.start:i]):
                return i
    return None


def _starts_count(token: Token, end: int) -> bool:
    """A count of a unit begins here: "two weeks", "several months", "a few days"."""
    doc = token.doc
    if token.i + 1 >= end:
        return False
    after = doc[token.i + 1]
    if token.lower_ == "a" and after.lower_ == "few":
        return token.i + 2 < end and unit_word(doc[token.i + 2])
    if token.like_num or token.lower_ in _VAGUE_COUNTS:
        return unit_word(after) and after.lower_ not in _VAGUE_COUNTS
    return False


def _modified_noun(token: Token) -> bool:
    """A common noun with no time in it right after a hyphenated length ("four-minute" +
    "mile")."""
    doc = token.doc
    unit, hyphen, count = doc[token.i - 1], doc[token.i - 2], doc[token.i - 3]
    return token.pos_ == "NOUN" and not unit_word(token) \
        and not is_time_expression(doc[token.i:token.i + 1]) and unit_word(unit) \
        and hyphen.text == "-" and not hyphen.whitespace_ and not count.whitespace_ \
        and count.like_num


def _noun_phrase_word(token: Token) -> bool:
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and not token.like_num \
        and not unit_word(token)


_AFTER_HALF = {"ago", "earlier", "later"}


def with_half(span: Span) -> Span:
    """ "500 jobs a year and a half ago": a unit the layer found alone (here as a rate after a
    plural noun) with "and a half" after it is the length "a year and a half", and takes the
    "ago" that places it; the whole is one expression, as the model tags it when it tags it
    ("a year and a half ago", DATE). A rate joined to another ("interviews a day and calls a
    week") has no "a half", and "a half dozen" counts things."""
    doc, end = span.doc, span.end
    if not unit_word(span[-1]) or doc[end:end + 3].text.lower() not in ("and a half", "and one half"):
        return span
    end += 3
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return span  # "interviews a day and a half dozen raids"
    if end < len(doc) and doc[end].lower_ in _AFTER_HALF:
        end += 1
    return doc[span.start:end]


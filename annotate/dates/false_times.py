"""Time words that the model tags or the word lists match but that refer to no time, each
judged from the words around it: "the day" as an era ("the issues of the day", "back in the
day") and "the hour" as the present ("the hero of the hour"), a figure in a
table or a list of scores, a time word inside a name ("60 Minutes", ABC's "This Week"), a
greeting or a part of the day that only classifies a noun ("Good evening", "the evening
news"), the procession "March" ("the March for Life"), and a whole period counted in its parts
("24 hours a day") or named by its two halves ("day and night"), which say "all the time".
:mod:`.candidates` drops them; :mod:`.lookalikes` holds the nouns that only look like time
words ("the fall of the city")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .holiday_names import holiday_name
from .spans import LEFT_WORDS, Candidate, unit_word
from .timex.words import number as count_of
from .timex.words import unit_of

# Nouns that take a part of a day ("the end of the day", "the rest of the day"): after them
# "of the day" is a time; after any other noun ("the great issues of the day", "the hero of
# the day") it means the era or the occasion.
_PART_NOUNS = {"end", "rest", "start", "beginning", "middle", "part", "course", "remainder",
               "balance", "close", "half", "time", "hour", "hours", "morning", "afternoon",
               "evening", "night", "events", "first", "last", "top", "bottom"}


def is_era(span: Span) -> bool:
    """ "the issues of the day", "back in the day": "the day" as an era, not a day; "the
    hero of the hour": "the hour" as the present moment, not an hour ("the top of the hour"
    is one)."""
    if span.text.lower() not in ("the day", "the hour") or span.start < 2:
        return False
    of = span.doc[span.start - 1]
    if span[1].lower_ == "day" and of.lower_ == "in" and span.doc[span.start - 2].lower_ == "back":
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return after is None or after.lower_ not in ("after", "before")  # "back in the day":
        # long ago; "came back in the day after the storm" is a day
    return of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.lemma_ not in _PART_NOUNS


def in_table(span: Span) -> bool:
    """A number in a table or a list of scores ("Arsenal 2 1998 Chelsea 1 ...", a row of
    figures): the line it stands on is mostly numbers, so a year-like figure is a count."""
    if not all(t.like_num or t.is_punct for t in span):
        return False  # only a bare figure can be a table's
    text = span.doc.text
    window = max(0, span.start_char - 200)  # a line of a table is short: look no further
    start = max(text.rfind("\n", window, span.start_char) + 1, window)
    end = text.find("\n", span.end_char, span.end_char + 200)
    line = text[start:end if end >= 0 else span.end_char + 200]
    words = re.findall(r"[A-Za-z]+|\d[\d.,:]*", line)
    numbers = sum(1 for w in words if w[0].isdigit())
    return numbers >= 4 and numbers >= 0.5 * len(words)


_COMMON_TIME_WORDS = {"today", "tonight", "tomorrow", "yesterday", "now", "this", "next", "last",
                      "midnight", "noon"}  # AP writes "midnight" and "noon" in lower case


def is_title_name(span: Span) -> bool:
    """ "60 Minutes", ABC's "This Week", "VOA Today": a time word that AP style writes in lower
    case (a unit, "today", "this") capitalised inside a sentence is part of a name (a
    programme, a newspaper), not a time expression. A headline in title case is not judged."""
    if not any(t.is_title and t.i > 0 and not t.is_sent_start
               and (unit_word(t) or t.lower_ in _COMMON_TIME_WORDS)
               and any(c.isalnum() for c in t.doc[t.i - 1].text) for t in span):
        return False
    # The words around it (not the whole sentence, which may be thousands of tokens long).
    doc = span.doc
    words = [t for t in doc[max(0, span.start - 20):span.end + 20] if t.is_alpha]
    return sum(t.is_title for t in words) <= len(words) / 2 and not holiday_name(span)


def is_greeting_or_modifier(span: Span) -> bool:
    """ "Good evening", and a bare part of the day that only classifies a noun ("a morning
    talk show", "the evening news"): no time is referred to."""
    token = span[-1]
    if token.lower_ not in ("morning", "afternoon", "evening", "night") or len(span) > 2 \
            or len(span) == 2 and span[0].lower_ not in ("a", "an"):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ == "good":
        return True
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN") \
        and token.head.i > token.i


# Words that go with a march as a procession: "the March for Life", "the March on Washington",
# "a March against Hunger". A month takes none of them after a determiner or an adjective.
_MARCH_OBJECTS = {"for", "on", "against"}


def is_march_noun(span: Span) -> bool:
    """ "the annual March for Life": the noun march (a procession, capitalised in a name),
    not the month. "last March on a visit" and "in March for talks" stay months: the word
    before such a month is a preposition or one of LEFT_WORDS ("last", "early"), while a
    procession takes a determiner, an adjective or a possessive ("the", "annual",
    "women's")."""
    if len(span) != 1 or span[0].lower_ != "march" or span.start == 0 \
            or span.end >= len(span.doc) or span.doc[span.end].lower_ not in _MARCH_OBJECTS:
        return False
    before = span.doc[span.start - 1]
    return before.tag_ in ("DT", "JJ", "PRP$", "POS") \
        and before.lower_ not in LEFT_WORDS - {"the"}


# A period counted out in its own parts: 24 hours make a day, seven days a week ...
_PARTS_OF_PERIOD = {("hour", "day"): 24, ("day", "week"): 7, ("day", "year"): 365,
                    ("week", "year"): 52, ("month", "year"): 12, ("minute", "hour"): 60}


def without_whole_periods(candidates: list[Candidate]) -> list[Candidate]:
    """ "open 24 hours a day", "seven days a week": a whole period counted in its parts and
    then per that period is an idiom for "all the time". No stretch is measured ("24 hours"
    is not how long anything lasts) and nothing recurs, so neither half is a time
    expression; "two hours a day" stays a duration and a set. So is "day and night"."""
    dropped: set[int] = set()
    for first, second in zip(candidates, candidates[1:]):
        count, per = first.span, second.span
        if per.start != count.end or len(count) != 2 or len(per) != 2 \
                or per[0].lower_ not in ("a", "an"):
            continue
        amount = count_of(count[0].lower_)
        parts = _PARTS_OF_PERIOD.get((unit_of(count[1].lower_), unit_of(per[1].lower_)))
        if amount is not None and amount == parts:
            dropped.update((id(first), id(second)))
    return [c for c in candidates if id(c) not in dropped and not _day_and_night(c.span)]


_MERISM = {("day", "night"), ("night", "day"), ("days", "nights"), ("nights", "days")}


def _day_and_night(span: Span) -> bool:
    """ "worked day and night", "shelled night and day": the two halves of the day joined
    say "all the time", as "around the clock" does; neither names a day or a night."""
    doc, words = span.doc, span.text.lower().split()
    if words[-1:] not in (["day"], ["night"], ["days"], ["nights"]) or len(words) > 1:
        return False
    i = span.start
    before = i >= 2 and doc[i - 1].lower_ == "and" and (doc[i - 2].lower_, doc[i].lower_) in _MERISM
    after = i + 2 < len(doc) and doc[i + 1].lower_ == "and" \
        and (doc[i].lower_, doc[i + 2].lower_) in _MERISM
    return before or after

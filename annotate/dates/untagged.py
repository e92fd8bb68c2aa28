"""Time expressions the model leaves untagged: listed words ("now", "recently"), "-long"
compounds ("a weeklong visit"), calendar dates inside other entities ("the Sept. 11 attacks"),
durations tagged as numbers or not at all, weekdays at the start of a paragraph, sets ("every
evening"), seasons, running times ("in 1:58:20") and "at that point"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .spans import LEFT_WORDS, extend_left, unit_word
from .timex import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS


def word_matches(doc: Doc, matches: list[tuple[int, int, int]]) -> list[Span]:
    """Listed words ("now", "recently", "the future"), longest first where they overlap."""
    spans = [doc[start:end] for _, start, end in matches]
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if kept and span.start < kept[-1].end:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.like_num or unit_word(after)):
            continue  # "the past three months" is a duration the model should have tagged
        if after is not None and after.lower_ == "as" and span.start > 0 \
                and doc[span.start - 1].lower_ == "as":
            continue  # "as soon as": a comparative, not a time
        kept.append(extend_left(span))
    return kept


_LONG = re.compile(r"^(?:hour|day|night|week|month|year|decade|minute)s?-?long$", re.IGNORECASE)
_LONG_MODIFIERS = {"a", "an", "roughly", "nearly", "about", "almost", "some", "more", "than"}


def long_compounds(doc: Doc) -> list[Span]:
    """ "a roughly hourlong call", "a weeklong visit", "day-long talks": durations the model
    leaves untagged."""
    found = []
    for token in doc:
        end = None
        if _LONG.match(token.text):
            start, end = token.i, token.i + 1
        elif token.lower_ == "long" and token.i >= 2 and doc[token.i - 1].text == "-" \
                and _LONG.match(doc[token.i - 2].text + "-long"):
            start, end = token.i - 2, token.i + 1
        if end is None:
            continue
        while start > 0 and doc[start - 1].lower_ in _LONG_MODIFIERS and start > end - 5:
            start -= 1
        found.append(doc[start:end])
    return found


_ENTITY_DATE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
    r"\d{1,2}(?:st|nd|rd|th)?(?:, (?:1[5-9]\d\d|20\d\d))?|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:1[5-9]\d\d|20\d\d))$")


def inside_entities(doc: Doc) -> list[Span]:
    """ "the Aug. 7 embassy bombings", "the Sept. 11 attacks": a calendar date inside a name
    the model tags as an event (or another kind of entity)."""
    found = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "PERSON", "WORK_OF_ART"):
            continue
        for i, token in enumerate(ent):
            if not (token.is_title and token.lower_.rstrip(".") in MONTHS):
                continue
            for length in (4, 2):
                piece = doc[token.i:min(token.i + length, ent.end)]
                if _ENTITY_DATE.match(piece.text.lower()):
                    found.append(piece)
                    break
    return found


_DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
                   "century", "quarter"}
# Words before "a week" that make it a stretch of time, not a rate ("four flights a week").
_BEFORE_ONE = {"over", "about", "nearly", "almost", "than", "for", "within", "in", "after",
               "least", "only", "just", "barely", "roughly", "some", "around", "under"}
_DURATION_MODIFIERS = {"about", "nearly", "almost", "over", "some", "only", "just", "barely",
                       "roughly", "around", "under", "up", "to", "more", "less", "fewer", "than",
                       "at", "least", "most"}


_ORDINAL = re.compile(r"^(?:\d*(?:1st|2nd|3rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth|\w+th|\w+-(?:first|second|third))$")


def untagged_durations(doc: Doc) -> list[Span]:
    """ "at least 20 more years", "two more weeks", "over a week", "several quarters", "about
    5 1/2 hours": durations the model tags as a number or quantity, or not at all."""
    found = []
    for token in doc:
        word = token.lower_
        unit = word[:-1] if word.endswith("s") else word
        unit = "century" if word == "centuries" else unit
        if unit not in _DURATION_UNITS or token.tag_ not in ("NN", "NNS") \
                or token.ent_type_ in ("DATE", "TIME") or token.is_title and token.i > 0:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.text in ("-", "'s", "’s") or after.lower_ == "old"):
            continue  # an age ("two years old") or a modifier ("a week's delay")
        start = token.i
        if start > 0 and doc[start - 1].lower_ in ("more", "other"):
            start -= 1  # "two more weeks"
        amount = start
        while amount > 0 and (doc[amount - 1].like_num and not _ORDINAL.match(doc[amount - 1].lower_)
                              or doc[amount - 1].lower_ in ("several", "few", "couple")):
            amount -= 1
        if amount == start - 1 and doc[amount].lower_ == "one" and unit == "day" and not (
                amount > 0 and doc[amount - 1].lower_ in _BEFORE_ONE):
            continue  # "will one day be": some day, not a day's length
        if amount == start:
            if not (word == unit and start > 1 and doc[start - 1].lower_ in ("a", "an")
                    and doc[start - 2].lower_ in _BEFORE_ONE and unit not in ("quarter", "second")):
                continue  # "four flights a week" is a rate, "a quarter of" a fraction
            amount -= 1
        elif unit == "second" and word == unit:
            continue
        if amount > 0 and doc[amount - 1].lower_ == "a" and doc[amount].lower_ in ("few", "couple"):
            amount -= 1
        while amount > 0 and doc[amount - 1].lower_ in _DURATION_MODIFIERS and amount > start - 6:
            amount -= 1
        while amount < start and doc[amount].lower_ in ("to", "up"):
            amount += 1
        end = token.i + 1
        if after is not None and after.lower_ in ("ago", "earlier", "later"):
            end += 1
        found.append(doc[amount:end])
    return found


def untagged_weekdays(doc: Doc) -> list[Span]:
    """ "Late Monday, officials said ...": a weekday the model leaves untagged (mostly at the
    start of a paragraph), with the words before it that belong to it."""
    found = []
    for token in doc:
        deictic = token.lower_ in ("today", "yesterday", "tomorrow", "tonight")
        if token.ent_type_ or not (deictic or token.is_title and token.lower_ in WEEKDAYS):
            continue
        if deictic and token.i > 0 and doc[token.i - 1].text[:1].isupper() \
                and not doc[token.i - 1].is_sent_start:
            continue  # "USA Today", "Radio Today": a name
        if token.tag_ not in ("NNP", "NN") or token.i > 0 and doc[token.i - 1].is_title \
                and doc[token.i - 1].lower_ not in LEFT_WORDS | {"late", "early"}:
            continue  # "Good Friday" is a holiday, "Joe Friday" a name
        found.append(extend_left(doc[token.i:token.i + 1]))
    return found


def anaphoric_points(doc: Doc) -> list[Span]:
    """ "at that point", "at this moment": a point in time named by a demonstrative, the
    story's last date ("that") or now ("this")."""
    found = []
    for token in doc[1:-1]:
        after = doc[token.i + 1]
        if token.lower_ in ("that", "this") and after.lower_ in ("point", "moment") \
                and doc[token.i - 1].lower_ == "at":
            found.append(doc[token.i:token.i + 2])
    return found


_RECURRING = re.compile(r"^(?:every|each)$")


def recurring(doc: Doc) -> list[Span]:
    """ "every evening", "each spring", "every Tuesday", "every other week": a set the model
    leaves untagged ("each of the last three years" is left to the years)."""
    found = []
    for token in doc[:-1]:
        if not _RECURRING.match(token.lower_) or token.ent_type_:
            continue
        end = token.i + 1
        if doc[end].lower_ == "other" or doc[end].like_num and end + 1 < len(doc):
            end += 1
        word = doc[end].lower_.rstrip(".")
        if word in SEASONS or word in PARTS_OF_DAY or word in WEEKDAYS or word == "weekend" \
                or word in MONTHS and doc[end].is_title or unit_word(doc[end]) \
                and word not in ("few", "several"):
            found.append(doc[token.i:end + 1])
    return found


def untagged_seasons(doc: Doc) -> list[Span]:
    """ "in the spring", "late fall", "this winter": a season (as a noun heading its phrase,
    not "spring training") the model leaves untagged, with the words before it that belong
    to it and a year after it ("the summer of 2019")."""
    found = []
    for token in doc:
        if token.lower_ not in SEASONS or token.ent_type_ or token.tag_ != "NN" \
                or token.dep_ in ("compound", "amod", "nmod"):
            continue
        end = token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" \
                and re.match(r"^(?:1[5-9]|20)\d\d$", doc[end + 1].text):
            end += 2
        found.append(extend_left(doc[token.i:end]))
    return found


# A race or running time the model tags as a number: "won in 1:58:20", "ran 3:43.13".
_RUNNING = re.compile(r"^(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{1,2}:[0-5]\d\.\d+)$")


def running_times(doc: Doc) -> list[Span]:
    """Running times, not clock times: a clock time is read "at" a time."""
    return [doc[token.i:token.i + 1] for token in doc if _RUNNING.match(token.text)
            and not (token.i > 0 and doc[token.i - 1].lower_ in ("at", "by", "until"))]


_RATE_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "quarter"}


def untagged_rates(doc: Doc) -> list[Span]:
    """ "$33 million a year", "dozens of interviews a day", "four times a week": "a" and a
    unit after an amount, a plural noun or a count of times, a rate (a set) the model leaves
    untagged."""
    found = []
    for token in doc[1:-1]:
        unit = doc[token.i + 1]
        if token.lower_ not in ("a", "an", "per") or unit.lower_ not in _RATE_UNITS \
                or unit.ent_type_:
            continue
        before = doc[token.i - 1]
        after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        start = token.i
        if before.lower_ in ("once", "twice", "times"):  # "four times a week": the whole set
            start = before.i - (1 if before.lower_ == "times" and before.i > 0
                                and doc[before.i - 1].like_num else 0)
        elif before.tag_ not in ("CD", "NNS") or after is not None and (
                after.lower_ in ("ago", "earlier", "later", "before", "after", "-", "'s", "’s")
                or after.tag_ in ("NN", "NNS")):
            continue  # "two years a week ago", "a day's delay", "a day job"
        found.append(doc[start:unit.i + 1])
    return found


def clock_words(doc: Doc) -> list[Span]:
    """ "at midday", "by noon", "after midnight": a time of day the model leaves untagged."""
    return [doc[token.i:token.i + 1] for token in doc
            if token.lower_ in ("noon", "midday", "midnight") and not token.ent_type_]


_FREQUENCY_ADVERBS = {"daily", "nightly", "weekly", "monthly", "quarterly", "yearly", "annually",
                      "hourly"}


def frequency_adverbs(doc: Doc) -> list[Span]:
    """ "The paper is published weekly", "rallies held almost daily": a frequency adverb is a
    set; the adjective ("the daily volume", "a quarterly dividend") is left alone."""
    return [doc[token.i:token.i + 1] for token in doc
            if token.lower_ in _FREQUENCY_ADVERBS and not token.ent_type_
            and token.pos_ == "ADV" and token.dep_ == "advmod"]

"""Time expressions the model leaves untagged: listed words ("now", "recently"), "-long"
compounds ("a weeklong visit"), calendar dates inside other entities ("the Sept. 11 attacks"),
durations tagged as numbers or not at all, weekdays at the start of a paragraph, sets ("every
evening"), seasons, running times ("in 1:58:20") and "at that point". Each finder reads the story's :class:`.TokenView`, made once, and looks
at a token only where a word it looks for stands.

"Now," opening a sentence, a paragraph or a quotation and set off by a comma is the
discourse marker of the reference grammars (a transitional conjunct in Quirk et al. 1985;
Schiffrin 1987, "Discourse Markers", on "now" and "then"): it turns the talk to a new point
("Now, the mayor said, the city must pay"; "Now then, let us begin") rather than naming
the present, so it is not read as PRESENT_REF. "now" anywhere else ("Iraq now controls", "Now
the company plans", "for now") stays a time."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .race_times import is_race_time
from .spans import LEFT_WORDS, extend_left, unit_word
from .timex import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from .tokens import TokenView


def word_matches(view: TokenView, matches: list[tuple[int, int, int]]) -> list[Span]:
    """Listed words ("now", "recently", "the future"), longest first where they overlap."""
    doc, tokens = view.doc, view.tokens
    spans = [doc[start:end] for _, start, end in matches]
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if kept and span.start < kept[-1].end:
            continue
        after = tokens[span.end] if span.end < len(tokens) else None
        if after is not None and (after.like_num or unit_word(after)):
            continue  # "the past three months" is a duration the model should have tagged
        if after is not None and after.lower_ == "as" and span.start > 0 \
                and view.lower[span.start - 1] == "as":
            continue  # "as soon as": a comparative, not a time
        if len(span) == 1 and span[0].lower_ == "now" and _discourse_now(view, span):
            continue
        if span[-1].lower_ == "now" and view.lower[span.end:span.end + 2] == ["and", "then"]:
            continue  # "(every) now and then": "occasionally", a frequency with no unit,
            # which TimeML does not mark, as it does not mark "sometimes"
        kept.append(extend_left(span))
    return kept


_OPENING_QUOTES = {'"', "``", "“", "'", "‘"}


def _discourse_now(view: TokenView, span: Span) -> bool:
    """ "Now, the mayor said, ...": "now" first in its sentence or quotation, then a comma."""
    after = view.lower[span.end:span.end + 2]
    if not after or after[0] != "," and after != ["then", ","]:
        return False  # "Now, ..." and "Now then, ..." (Quirk et al.: "now then" opens a turn)
    token = span[0]
    if token.is_sent_start:
        return True
    before = view.tokens[span.start - 1]
    if before.is_space:
        return True  # first in its paragraph
    return before.text in _OPENING_QUOTES and (
        before.is_sent_start or span.start < 2 or view.tokens[span.start - 2].is_space)


_LONG = re.compile(r"^(?:hour|day|night|week|month|year|decade|minute)s?-?long$", re.IGNORECASE)
_LONG_MODIFIERS = {"a", "an", "roughly", "nearly", "about", "almost", "some", "more", "than"}


def long_compounds(view: TokenView) -> list[Span]:
    """ "a roughly hourlong call", "a weeklong visit", "day-long talks": durations the model
    leaves untagged."""
    found = []
    text, lower = view.text, view.lower
    for i, word in enumerate(lower):
        if not word.endswith("long"):
            continue  # both forms below end in "long"
        end = None
        if _LONG.match(text[i]):
            start, end = i, i + 1
        elif word == "long" and i >= 2 and text[i - 1] == "-" \
                and _LONG.match(text[i - 2] + "-long"):
            start, end = i - 2, i + 1
        if end is None:
            continue
        while start > 0 and lower[start - 1] in _LONG_MODIFIERS and start > end - 5:
            start -= 1
        found.append(view.doc[start:end])
    return found


_ENTITY_DATE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
    r"\d{1,2}(?:st|nd|rd|th)?(?:, (?:1[5-9]\d\d|20\d\d))?|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:1[5-9]\d\d|20\d\d))$")


def inside_entities(view: TokenView) -> list[Span]:
    """ "the Aug. 7 embassy bombings", "the Sept. 11 attacks": a calendar date inside a name
    the model tags as an event (or another kind of entity)."""
    found = []
    doc = view.doc
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "PERSON", "WORK_OF_ART"):
            continue
        for token in view.tokens[ent.start:ent.end]:
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


def untagged_durations(view: TokenView) -> list[Span]:
    """ "at least 20 more years", "two more weeks", "over a week", "several quarters", "about
    5 1/2 hours": durations the model tags as a number or quantity, or not at all."""
    found = []
    doc, tokens, lower = view.doc, view.tokens, view.lower
    for i, word in enumerate(lower):
        unit = word[:-1] if word.endswith("s") else word
        unit = "century" if word == "centuries" else unit
        if unit not in _DURATION_UNITS:
            continue
        token = tokens[i]
        if token.tag_ not in ("NN", "NNS") \
                or token.ent_type_ in ("DATE", "TIME") or token.is_title and token.i > 0:
            continue
        after = tokens[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.text in ("-", "'s", "’s") or after.lower_ == "old"):
            continue  # an age ("two years old") or a modifier ("a week's delay")
        start = token.i
        if start > 0 and lower[start - 1] in ("more", "other"):
            start -= 1  # "two more weeks"
        amount = start
        while amount > 0 and (tokens[amount - 1].like_num and not _ORDINAL.match(lower[amount - 1])
                              or lower[amount - 1] in ("several", "few", "couple")):
            amount -= 1
        if amount == start - 1 and lower[amount] == "one" and unit == "day" and not (
                amount > 0 and lower[amount - 1] in _BEFORE_ONE):
            continue  # "will one day be": some day, not a day's length
        if amount == start:
            if not (word == unit and start > 1 and lower[start - 1] in ("a", "an")
                    and lower[start - 2] in _BEFORE_ONE and unit not in ("quarter", "second")):
                continue  # "four flights a week" is a rate, "a quarter of" a fraction
            amount -= 1
        elif unit == "second" and word == unit:
            continue
        if amount > 0 and lower[amount - 1] == "a" and lower[amount] in ("few", "couple"):
            amount -= 1
        while amount > 0 and lower[amount - 1] in _DURATION_MODIFIERS and amount > start - 6:
            amount -= 1
        while amount < start and lower[amount] in ("to", "up"):
            amount += 1
        end = token.i + 1
        if after is not None and after.lower_ in ("ago", "earlier", "later"):
            end += 1
        found.append(doc[amount:end])
    return found


_DEICTIC = ("today", "yesterday", "tomorrow", "tonight")


def untagged_weekdays(view: TokenView) -> list[Span]:
    """ "Late Monday, officials said ...": a weekday the model leaves untagged (mostly at the
    start of a paragraph), with the words before it that belong to it."""
    found = []
    doc, tokens = view.doc, view.tokens
    for i, word in enumerate(view.lower):
        if word not in _DEICTIC and word not in WEEKDAYS:
            continue
        token = tokens[i]
        deictic = word in _DEICTIC
        if token.ent_type_ or not (deictic or token.is_title and token.lower_ in WEEKDAYS):
            continue
        if deictic and token.i > 0 and view.text[token.i - 1][:1].isupper() \
                and not tokens[token.i - 1].is_sent_start:
            continue  # "USA Today", "Radio Today": a name
        if token.tag_ not in ("NNP", "NN") or token.i > 0 and tokens[token.i - 1].is_title \
                and view.lower[token.i - 1] not in LEFT_WORDS | {"late", "early"}:
            continue  # "Good Friday" is a holiday, "Joe Friday" a name
        found.append(extend_left(doc[token.i:token.i + 1]))
    return found


def anaphoric_points(view: TokenView) -> list[Span]:
    """ "at that point", "at this moment": a point in time named by a demonstrative, the
    story's last date ("that") or now ("this"); "that night", "the same morning": a part of
    the day the story last placed."""
    lower = view.lower
    found = [view.doc[i:i + 2] for i in range(1, len(lower) - 1)
             if lower[i] in ("that", "this") and lower[i + 1] in ("point", "moment")
             and lower[i - 1] == "at"]
    for i in range(len(lower) - 1):
        if lower[i + 1] not in _PARTS or view.tokens[i + 1].ent_type_:
            continue
        if lower[i] == "that" and view.tokens[i].tag_ == "DT":  # not "said that night fell"
            found.append(view.doc[i:i + 2])
        elif lower[i] == "same" and i > 0 and lower[i - 1] == "the":
            found.append(view.doc[i - 1:i + 2])
    return found


_PARTS = {"morning", "afternoon", "evening", "night"}


_RECURRING = re.compile(r"^(?:every|each)$")


def recurring(view: TokenView) -> list[Span]:
    """ "every evening", "each spring", "every Tuesday", "every other week": a set the model
    leaves untagged ("each of the last three years" is left to the years)."""
    found = []
    doc, tokens, lower = view.doc, view.tokens, view.lower
    for i in range(len(lower) - 1):
        if not _RECURRING.match(lower[i]) or tokens[i].ent_type_:
            continue
        end = i + 1
        if lower[end] == "other" or tokens[end].like_num and end + 1 < len(doc):
            end += 1
        word = lower[end].rstrip(".")
        if word in SEASONS or word in PARTS_OF_DAY or word in WEEKDAYS or word == "weekend" \
                or word in MONTHS and tokens[end].is_title or unit_word(tokens[end]) \
                and word not in ("few", "several"):
            found.append(doc[i:end + 1])
    return found


def untagged_seasons(view: TokenView) -> list[Span]:
    """ "in the spring", "late fall", "this winter": a season (as a noun heading its phrase,
    not "spring training") the model leaves untagged, with the words before it that belong
    to it and a year after it ("the summer of 2019")."""
    found = []
    doc = view.doc
    for i, word in enumerate(view.lower):
        if word not in SEASONS:
            continue
        token = view.tokens[i]
        if token.ent_type_ or token.tag_ != "NN" or token.dep_ in ("compound", "amod", "nmod"):
            continue
        end = token.i + 1
        if end + 1 < len(doc) and view.lower[end] == "of" \
                and re.match(r"^(?:1[5-9]|20)\d\d$", view.text[end + 1]):
            end += 2
        found.append(extend_left(doc[token.i:end]))
    return found


# A race or running time the model tags as a number: "won in 1:58:20", "ran 3:43.13".
_RUNNING = re.compile(r"^(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{1,2}:[0-5]\d\.\d+)$")


def running_times(view: TokenView) -> list[Span]:
    """Running times, not clock times: a clock time is read "at" a time."""
    return [view.doc[i:i + 1] for i, text in enumerate(view.text)
            if ":" in text and (_RUNNING.match(text)  # every running time has a colon
                                and not (i > 0 and view.lower[i - 1] in ("at", "by", "until"))
                                or is_race_time(view.doc, i))]


_RATE_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "quarter"}


_VAGUE_COUNTS = {"several", "many", "few", "multiple", "numerous", "countless", "some"}


def untagged_rates(view: TokenView) -> list[Span]:
    """ "$33 million a year", "dozens of interviews a day", "four times a week": "a" and a
    unit after an amount, a plural noun or a count of times, a rate (a set) the model leaves
    untagged."""
    found = []
    doc, tokens, lower = view.doc, view.tokens, view.lower
    for i in range(1, len(lower) - 1):
        if lower[i] not in ("a", "an", "per") or lower[i + 1] not in _RATE_UNITS:
            continue
        token, unit = tokens[i], tokens[i + 1]
        if unit.ent_type_:
            continue
        before = tokens[i - 1]
        after = tokens[unit.i + 1] if unit.i + 1 < len(doc) else None
        start = token.i
        if before.lower_ in ("once", "twice", "times"):  # "four times a week": the whole set
            start = before.i
            if before.lower_ == "times" and before.i > 0 and (
                    tokens[before.i - 1].like_num or lower[before.i - 1] in _VAGUE_COUNTS):
                start -= 1  # "several times a day", "a few times a year"
                if lower[start] == "few" and start > 0 and lower[start - 1] == "a":
                    start -= 1
        elif before.tag_ not in ("CD", "NNS") or after is not None and (
                after.lower_ in ("ago", "earlier", "later", "before", "after", "-", "'s", "’s")
                or after.tag_ in ("NN", "NNS")):
            continue  # "two years a week ago", "a day's delay", "a day job"
        found.append(doc[start:unit.i + 1])
    return found


def clock_words(view: TokenView) -> list[Span]:
    """ "at midday", "by noon", "after midnight": a time of day the model leaves untagged."""
    return [view.doc[i:i + 1] for i, word in enumerate(view.lower)
            if word in ("noon", "midday", "midnight") and not view.tokens[i].ent_type_]


_FREQUENCY_ADVERBS = {"daily", "nightly", "weekly", "monthly", "quarterly", "yearly", "annually",
                      "hourly"}


def frequency_adverbs(view: TokenView) -> list[Span]:
    """ "The paper is published weekly", "rallies held almost daily": a frequency adverb is a
    set; the adjective ("the daily volume", "a quarterly dividend") is left alone."""
    tokens = view.tokens
    return [view.doc[i:i + 1] for i, word in enumerate(view.lower)
            if word in _FREQUENCY_ADVERBS and not tokens[i].ent_type_
            and tokens[i].pos_ == "ADV" and tokens[i].dep_ == "advmod"]

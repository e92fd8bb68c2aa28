"""The candidate time expressions of a story, in text order: the model's DATE and TIME entities
shaped by :mod:`.spans`, whole holiday names, and the time words the model does not tag
(:mod:`.untagged`); ages, greetings and noun modifiers dropped, rates read as sets."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .ages import is_age
from .clause_days import placed_by_clause
from .extents import trimmed, with_head_noun
from .holiday_names import holiday_name
from .idioms import ANY, ASIDE, add_idioms, idiom_spans, in_idiom
from .lookalikes import is_lookalike
from .matches import without_scores
from .race_times import race_times
from .ranges import untagged_year_ends
from .spans import (
    LEFT_WORDS,
    Candidate,
    extend_left,
    extend_right,
    is_time_expression,
    joins,
    unit_word,
)
from .splits import split
from .timex import MONTHS, holiday_table, word_table
from .timex.words import number as count_of
from .timex.words import unit_of
from .tokens import TokenView
from .untagged import (
    anaphoric_points,
    clock_words,
    frequency_adverbs,
    inside_entities,
    long_compounds,
    recurring,
    running_times,
    untagged_durations,
    untagged_rates,
    untagged_seasons,
    untagged_weekdays,
    word_matches,
)


def find_candidates(doc: Doc, matcher: PhraseMatcher) -> list[Candidate]:
    """DATE and TIME entities, trimmed to TimeML conventions and split at range connectors,
    plus the words the model does not tag (models/timex_words.tsv); false positives dropped."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        span = trimmed(ent)
        if span is None or not is_time_expression(span) or is_age(span) \
                or _is_greeting_or_modifier(span) or _is_era(span) or in_table(span) \
                or _is_title_name(span) or _is_march_noun(span) or is_lookalike(span):
            continue
        span = _compared_period(with_head_noun(extend_right(extend_left(span))))
        if spans and joins(spans[-1], span):  # "Tuesday" + "evening": one expression
            span = doc[min(spans.pop().start, span.start):span.end]
        spans.append(span)
    candidates = [piece for span in spans for piece in split(span)]
    matches = matcher(doc)
    idioms = idiom_spans(doc, matches)
    idiom_keys = {doc.vocab.strings[ANY], doc.vocab.strings[ASIDE]}
    matches = [m for m in matches if m[0] not in idiom_keys]
    holiday = doc.vocab.strings["HOLIDAY"]
    candidates = _prefer_holidays(candidates, [doc[start:end] for match_id, start, end in matches
                                               if match_id == holiday])
    view = TokenView.of(doc)  # one look at every token, shared by the finders below
    # "every other Friday": a set replaces the day the model tagged inside it, as a holiday
    # name does
    sets = recurring(view)
    candidates = _prefer_holidays(candidates, sets)
    taken = {i for c in candidates for i in range(c.span.start, c.span.end)}
    for span in untagged_year_ends(doc, [c.span for c in candidates]) \
            + word_matches(view, matches) + long_compounds(view) + inside_entities(view) \
            + untagged_weekdays(view) + untagged_durations(view) + sets \
            + untagged_seasons(view) + running_times(view) + anaphoric_points(view) \
            + untagged_rates(view) + clock_words(view) + frequency_adverbs(view):
        span = with_head_noun(extend_right(span))
        if is_age(span) or _is_era(span) or in_table(span) or _is_march_noun(span) \
                or _is_title_name(span) and not holiday_name(span) or is_lookalike(span):
            continue
        if not any(i in taken for i in range(span.start, span.end)):
            candidates.append(Candidate(span, span.text))
            taken.update(range(span.start, span.end))
    candidates.sort(key=lambda c: c.span.start)
    if idioms:
        candidates = [c for c in candidates if not in_idiom(c.span, idioms)]
    return race_times(_clocks_on_days([
        placed_by_clause(_someday(_counted_from_event(_rate(c))))
        for c in without_scores(_without_whole_periods(candidates))]))


_CLOCK = re.compile(r"\d:\d\d|\b\d{1,2} ?[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "tomorrow", "yesterday"}


def _clocks_on_days(candidates: list[Candidate]) -> list[Candidate]:
    """ "at 9:30 a.m. EST on Thursday", "at noon Friday", "at midnight on April 30": TimeML
    marks the clock time and the day apart, but the time of day is on that day, not on the
    day the story placed last. The clock time is read with the day after it ("9:30 a.m. EST
    Thursday"); its span is kept."""
    read = list(candidates)
    for i, (first, second) in enumerate(zip(candidates, candidates[1:])):
        between = first.span.doc[first.span.end:second.span.start]
        if len(between) > 1 or len(between) == 1 and between[0].lower_ not in ("on", ","):
            continue
        if not _CLOCK.search(first.text) or _names_day(first.span) \
                or not _names_day(second.span):
            continue
        read[i] = Candidate(first.span, f"{first.text} {second.span.text}")
    return read


def _names_day(span: Span) -> bool:
    """A weekday, "today" ..., or a day of a month ("April 30", "30 April")."""
    words = [t.lower_.rstrip(".") for t in span]
    return any(w in _DAY_WORDS for w in words) or any(w in MONTHS for w in words) \
        and any(re.match(r"^\d{1,2}(?:st|nd|rd|th)?$", w) for w in words)


# A period counted out in its own parts: 24 hours make a day, seven days a week ...
_PARTS_OF_PERIOD = {("hour", "day"): 24, ("day", "week"): 7, ("day", "year"): 365,
                    ("week", "year"): 52, ("month", "year"): 12, ("minute", "hour"): 60}


def _without_whole_periods(candidates: list[Candidate]) -> list[Candidate]:
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


def _prefer_holidays(candidates: list[Candidate], holidays: list[Span]) -> list[Candidate]:
    """A named day the model tags only in part ("Good Friday" as "Friday") is the whole name:
    a holiday replaces the candidates it strictly contains, when it contains all it overlaps.
    A set does the same with the day inside it ("every other Friday").
    Candidates are looked up by token, so a story naming thousands of holidays stays linear."""
    if not holidays:
        return candidates
    wanted = {i for span in holidays for i in range(span.start, span.end)}
    pool = list(candidates)
    alive = [True] * len(pool)  # False once replaced by a holiday
    over: dict[int, list[int]] = defaultdict(list)  # holiday token -> candidates over it

    def register(number: int) -> None:
        for i in range(pool[number].span.start, pool[number].span.end):
            if i in wanted:
                over[i].append(number)

    for number in range(len(pool)):
        register(number)
    for span in holidays:
        numbers = sorted({n for i in range(span.start, span.end) for n in over.get(i, ())
                          if alive[n]})
        inside = [pool[n] for n in numbers]
        if inside and all(span.start <= c.span.start and c.span.end <= span.end
                          and len(c.span) < len(span) for c in inside):
            for n in numbers:
                alive[n] = False
            pool.append(Candidate(span, span.text))
            alive.append(True)
            register(len(pool) - 1)
    return [c for c, kept in zip(pool, alive) if kept]


# Earnings copy names the quarter it reports without a date: "sales in the latest period".
_LATEST_PERIODS = ("the latest period", "the latest quarter", "the most recent quarter",
                   "the most recent period")


def phrase_matcher(nlp: Language) -> PhraseMatcher:
    """Listed time words, holidays and earnings periods, matched case-insensitively."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TIMEX_WORD", [nlp.make_doc(phrase) for phrase in word_table()])
    matcher.add("HOLIDAY", [nlp.make_doc(phrase) for phrase in holiday_table()])
    matcher.add("PERIOD", [nlp.make_doc(phrase) for phrase in _LATEST_PERIODS])
    add_idioms(matcher, nlp)
    return matcher


# Nouns that take a part of a day ("the end of the day", "the rest of the day"): after them
# "of the day" is a time; after any other noun ("the great issues of the day", "the hero of
# the day") it means the era or the occasion.
_PART_NOUNS = {"end", "rest", "start", "beginning", "middle", "part", "course", "remainder",
               "balance", "close", "half", "time", "hour", "hours", "morning", "afternoon",
               "evening", "night", "events", "first", "last"}


def _is_era(span: Span) -> bool:
    """ "the issues of the day": "the day" as an era, not a day."""
    if span.text.lower() != "the day" or span.start < 2:
        return False
    of = span.doc[span.start - 1]
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


_COMMON_TIME_WORDS = {"today", "tonight", "tomorrow", "yesterday", "now", "this", "next", "last"}


def _is_title_name(span: Span) -> bool:
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


def _is_greeting_or_modifier(span: Span) -> bool:
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


def _rate(candidate: Candidate) -> Candidate:
    """ "$33 million a year", "interviews a day": a rate is a set, read as "per year"."""
    span = candidate.span
    words = [t.lower_ for t in span]
    if len(words) == 2 and words[0] in ("a", "an") and unit_word(span[1]) and span.start > 0:
        before = span.doc[span.start - 1]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if before.tag_ in ("CD", "NNS", "NN", "NNP") and not (after is not None and after.lower_ in (
                "ago", "earlier", "later", "before", "after")):
            return Candidate(span, f"per {words[1]}")
    return candidate


_COMPARED = {"corresponding", "comparable", "same", "year-ago", "year-earlier"}


def _compared_period(span: Span) -> Span:
    """ "the corresponding period last year", "the same quarter a year ago": the period
    compared heads the expression, and the model tags only the year after it. The phrase
    is taken whole (its determiner to its year), so it is read as the period."""
    doc = span.doc
    if span.text.lower() not in ("last year", "a year ago", "a year earlier") or span.start < 2 \
            or doc[span.start - 1].lower_ not in ("period", "quarter"):
        return span
    start = span.start - 1
    if doc[start - 1].lower_ in _COMPARED:
        start -= 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return span  # "the third quarter last year" names its own quarter
    return doc[start - 1:span.end]


_EVENT_STEPS = {"after", "before"}


def _counted_from_event(candidate: Candidate) -> Candidate:
    """ "the day after his arrest", "the week before the vote": a unit counted from an event
    the story tells of. The event's own date is unknown; the last date the story placed is
    the best stand-in (the same anchor as "the day after" with no object), so the expression
    is read as "the day after" while its span stays "the day" (TimeML leaves the event out).
    "The weeks before the vote" is read the same way: a stretch placed against an event.
    "Nov. 3, the day before ...", in apposition to a date, names that date and is left as it
    is."""
    span = candidate.span
    doc = span.doc
    if len(span) != 2 or span[0].lower_ != "the" or not unit_word(span[1]) \
            or span[1].lower_ not in ("day", "week", "month", "year", "days", "weeks", "months") \
            or span.end + 1 >= len(doc) or doc[span.end].lower_ not in _EVENT_STEPS:
        return candidate
    following = doc[span.end + 1]
    if following.is_punct or following.ent_type_ in ("DATE", "TIME") or unit_word(following):
        return candidate
    if span.start >= 2 and doc[span.start - 1].text == "," \
            and doc[span.start - 2].ent_type_ in ("DATE", "TIME"):
        return candidate
    return Candidate(span, f"{span.text} {doc[span.end].lower_}")


_MODALS = {"will", "would", "could", "might", "may", "can", "should", "shall", "'ll", "wo", "ca"}


def _someday(candidate: Candidate) -> Candidate:
    """ "will one day be", "hopes to one day lead": "one day" as an adverb of an unrealised
    verb (a modal's or an infinitive's) is "someday", FUTURE_REF, not a day's length ("for
    one day", "spent one day", "one day later" keep their reading)."""
    span = candidate.span
    doc = span.doc
    if span.text.lower() != "one day" or span.start == 0 or span.end >= len(doc):
        return candidate
    # Read from the words around it: the parser often takes "day" for a subject here.
    if doc[span.start - 1].lower_ in _MODALS | {"to"} and doc[span.end].tag_ == "VB":
        return Candidate(span, "someday")
    return candidate


# Words that go with a march as a procession: "the March for Life", "the March on Washington",
# "a March against Hunger". A month takes none of them after a determiner or an adjective.
_MARCH_OBJECTS = {"for", "on", "against"}


def _is_march_noun(span: Span) -> bool:
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

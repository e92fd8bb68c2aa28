"""The candidate time expressions of a story, in text order: the model's DATE and TIME entities
shaped by :mod:`.spans`, whole holiday names, and the time words the model does not tag
(:mod:`.untagged`); ages and words that refer to no time (:mod:`.false_times`: greetings, noun
modifiers, names, tables) dropped, rates read as sets."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .ages import is_age
from .clause_days import placed_by_clause
from .extents import trimmed, with_head_noun
from .false_times import (
    in_table,
    is_era,
    is_greeting_or_modifier,
    is_march_noun,
    is_title_name,
    without_whole_periods,
)
from .holiday_names import holiday_name
from .idioms import ANY, ASIDE, add_idioms, idiom_spans, in_idiom
from .lookalikes import is_lookalike
from .matches import without_scores
from .race_times import race_times
from .ranges import untagged_year_ends
from .spans import (
    Candidate,
    extend_left,
    extend_right,
    is_time_expression,
    joins,
    unit_word,
)
from .splits import split
from .timex import MONTHS, holiday_table, word_table
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
                or is_greeting_or_modifier(span) or is_era(span) or in_table(span) \
                or is_title_name(span) or is_march_noun(span) or is_lookalike(span):
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
        if is_age(span) or is_era(span) or in_table(span) or is_march_noun(span) \
                or is_title_name(span) and not holiday_name(span) or is_lookalike(span):
            continue
        if not any(i in taken for i in range(span.start, span.end)):
            candidates.append(Candidate(span, span.text))
            taken.update(range(span.start, span.end))
    candidates.sort(key=lambda c: c.span.start)
    if idioms:
        candidates = [c for c in candidates if not in_idiom(c.span, idioms)]
    return race_times(_clocks_on_days([
        placed_by_clause(_someday(_counted_from_event(_rate(c))))
        for c in without_scores(without_whole_periods(candidates))]))


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

"""The candidate time expressions of a story, in text order: the model's DATE and TIME entities
shaped by :mod:`.spans`, whole holiday names, and the time words the model does not tag
(:mod:`.untagged`); ages and words that refer to no time (:mod:`.false_times`: greetings, noun
modifiers, names, tables) dropped; rates, "the day after" an event, "one day" and clock
times on a day given their reading (:mod:`.readings`)."""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .ages import is_age
from .clause_days import placed_by_clause
from .compound_lengths import continues_length
from .extents import hyphened_length, trimmed, with_half, with_head_noun
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
from .meeting_minutes import is_meeting_record
from .numbered_nouns import is_numbered_noun
from .race_times import race_times
from .ranges import untagged_year_ends
from .readings import as_rate, clocks_on_days, counted_from_event, someday
from .spans import (
    Candidate,
    extend_left,
    extend_right,
    is_time_expression,
    joins,
)
from .speeds import is_speed
from .splits import split
from .timex import holiday_table, word_table
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
                or is_title_name(span) or is_march_noun(span) or is_lookalike(span) \
                or is_speed(span) or is_numbered_noun(span) or is_meeting_record(span):
            continue
        span = hyphened_length(_compared_period(with_head_noun(extend_right(extend_left(span)))))
        if spans and (joins(spans[-1], span) or continues_length(spans[-1], span)):
            # "Tuesday" + "evening", "two years" + "and three months": one expression
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
        span = with_half(with_head_noun(extend_right(span)))
        if is_age(span) or is_era(span) or in_table(span) or is_march_noun(span) \
                or is_title_name(span) and not holiday_name(span) or is_lookalike(span) \
                or is_speed(span):
            continue
        if not any(i in taken for i in range(span.start, span.end)):
            candidates.append(Candidate(span, span.text))
            taken.update(range(span.start, span.end))
    candidates.sort(key=lambda c: c.span.start)
    if idioms:
        candidates = [c for c in candidates if not in_idiom(c.span, idioms)]
    return race_times(clocks_on_days([
        placed_by_clause(someday(counted_from_event(as_rate(c))))
        for c in without_scores(without_whole_periods(candidates))]))


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

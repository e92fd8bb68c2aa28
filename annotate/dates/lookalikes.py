"""Words that look like time expressions and name something else: the noun "fall" (a collapse,
a decline), a fraction of something that is not a time ("a quarter of the voters"), a title
given for a period ("player of the year"), and "day" after a possessive ("in their day", "his
day in court"). Each is judged from the words around the candidate, so the rules hold for any
story, not for the words of one.

Why none of these is a time expression (TimeML 1.2.1: a TIMEX3 refers to a time, a length of
time or a recurrence):
- "the fall of the city", "a fall in prices": "fall" is the noun of the verb fall; the season
  takes a year ("the fall of 1998") or a time word ("the fall of last year") after "of", never
  another noun, and a place after "in" ("last fall in Kosovo"), not a thing that falls.
- "a quarter of the voters", "three quarters of its revenue", "half of them": a fraction of a
  thing. A quarter counted by an ordinal ("the third quarter of $226.3 million", a loss in a
  fiscal quarter) is a period and is kept, as is "a quarter of an hour" (a time after "of").
- "player of the year", "coach of the month": an award's title, headed by a noun for a kind of
  person (WordNet 3.0's hyponyms of person, models/person_nouns.tsv). The period the title is
  given for is not referred to ("the best film of the year", whose head is no person, is left).
- "scientists of their day", "without his day in court": a possessive before "day" makes it
  an era or an occasion of someone's, not a day on the calendar ("their days" and "his first
  day" are left to the other rules).
- "the Christmas tree", "the Good Friday Agreement", "a winter olympian": a season or holiday
  that only classifies the noun right after it (no time noun: "the Christmas season" and
  "summer vacation" stay), as a part of the day before a noun ("the evening news") already
  is not a time. A holiday before the noun of one event ("the Christmas Day massacre",
  models/dated_event_nouns.tsv) says when it happened and stays a DATE.
- "the fourth quarter of the game", "the second half of the match": an ordinal part of a thing
  that is no time (the noun after "of", by the parse, is neither a time word nor a date) is a
  stage of that thing, not a quarter or half of a year.
- "three weekends", "those Sundays": a plural weekday counted or picked out names particular
  days; only uncounted ("open on Sundays") is it the recurrence models/timex_words.tsv lists.
- ages ("a man in his 40s", "babies under 6 months") are in :mod:`.ages`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import person_noun_lemmas, read_table
from .ages import POSSESSIVES, is_decade_of_life, is_persons_age
from .datenames import is_date_name
from .formulas import is_formula
from .matches import is_match_half
from .occasions import is_occasion_day
from .quantities import is_quantity
from .spans import unit_word
from .timex import MONTHS, SEASONS, holiday_table
from .titles import in_quoted_title

# Words that place a season ("last fall", "early spring"): a season, not the noun.
_PLACING_WORDS = {"last", "this", "next", "that", "early", "late", "mid", "mid-", "past",
                  "coming", "previous", "following", "same"}
_SEASON_PREPOSITIONS = {"in", "during", "by", "until", "till", "through", "throughout", "over",
                        "before", "since", "into"}
_FRACTIONS = {"quarter", "quarters", "half", "third", "thirds"}
_FRACTION_COUNTS = {"a", "one", "two", "three", "the", "one-", "a-"}
_TITLE_PERIODS = {"the year", "the month", "the week", "the day", "the decade", "the century"}


@lru_cache(maxsize=1)
def _dated_event_nouns() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("dated_event_nouns.tsv"))


def is_lookalike(span: Span) -> bool:
    """True when the candidate names no time (see the module's docstring)."""
    return _is_noun_fall(span) or _is_fraction_of_thing(span) or _is_title(span) \
        or _is_possessed_day(span) or is_persons_age(span) or _is_classifier(span) \
        or _is_part_of_thing(span) or _is_prepositional_compound(span) or is_match_half(span) \
        or _is_counted_plural_day(span) or in_quoted_title(span) or is_decade_of_life(span) \
        or is_date_name(span) or is_quantity(span) or is_formula(span) or is_occasion_day(span)


# Nouns a season or holiday before them still places in time: "the Christmas season",
# "summer vacation", "the winter session", "the Easter weekend".
_TIME_HEADS = {"season", "seasons", "vacation", "vacations", "holiday", "holidays", "break",
               "recess", "term", "semester", "session", "sessions", "period", "quarter",
               "months", "month", "weeks", "week", "weekend", "day", "days", "night", "nights",
               "eve", "morning", "evening", "schedule", "timetable", "time"}


def _is_classifier(span: Span) -> bool:
    """ "the 30-foot Christmas tree", "the Good Friday Agreement", "a winter olympian": a
    season or holiday that only classifies the noun after it (a compound or modifier of a
    noun that is no time) refers to no time, as "the evening news" does not
    (candidates.py)."""
    last = span[-1]
    words = [t.lower_ for t in span if t.lower_ not in ("the", "a", "an")]
    if not words or not (" ".join(words) in holiday_table() or words[-1] in SEASONS
                         and len(words) == 1):
        return False
    head = last.head
    if " ".join(words) in holiday_table() and head.lemma_.lower() in _dated_event_nouns():
        return False  # "the Christmas Day massacre" happened on that day (dated_event_nouns.tsv)
    return last.dep_ in ("compound", "amod", "nmod") and head.i == span.end \
        and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in _TIME_HEADS


def _time_like(token: Token) -> bool:
    """A word that can stand after "of" in a time expression: a number or year, a unit, a
    month, a season, "last"/"next"/"this" ..."""
    lower = token.lower_.rstrip(".")
    return token.like_num or unit_word(token) or lower in MONTHS or lower in SEASONS \
        or lower in ("last", "next", "this", "that", "fiscal") or token.ent_type_ in ("DATE", "TIME")


def _object_after(token: Token) -> Token | None:
    """The first word after ``token``'s preposition that is not a determiner, possessive or
    adjective: the noun (or number) the preposition takes."""
    doc = token.doc
    i = token.i + 2
    while i < len(doc) and (doc[i].tag_ in ("DT", "PRP$", "JJ", "JJR", "JJS", "POS", "PDT")
                            and not _time_like(doc[i])):
        i += 1
    return doc[i] if i < len(doc) else None


def _is_noun_fall(span: Span) -> bool:
    """ "the fall of Saigon", "a sharp fall in output": the noun fall, not autumn. The season
    is placed by a word before it ("last fall in Kosovo", "early fall") and takes a place
    after "in"; the noun takes a determiner or an adjective, and a thing that falls ("prices",
    a common noun) after "in"."""
    last = span[-1]
    if last.lower_ != "fall" or span.end >= len(span.doc):
        return False
    if any(t.lower_ in _PLACING_WORDS or _time_like(t) for t in span[:-1]):
        return False
    following = span.doc[span.end]
    if following.lower_ not in ("of", "in"):
        return False
    obj = _object_after(last)
    if obj is None or _time_like(obj) or obj.is_punct:
        return False
    if following.lower_ == "of":
        return True
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    # "opened in the fall in a new hall": after "in", "during", "by" ... it is the season
    return obj.pos_ == "NOUN" and before not in _SEASON_PREPOSITIONS


def _is_fraction_of_thing(span: Span) -> bool:
    """ "a quarter of the people", "one half of its revenue": a fraction of a thing."""
    words = [t.lower_ for t in span]
    if words[-1] not in _FRACTIONS or span.end >= len(span.doc) \
            or span.doc[span.end].lower_ != "of":
        return False
    if not all(w in _FRACTION_COUNTS for w in words[:-1]):
        return False  # "the third quarter of ...": an ordinal quarter is a period
    obj = _object_after(span[-1])
    return obj is not None and not _time_like(obj) and not obj.is_punct and not obj.like_num \
        and obj.text not in ("$", "£", "€")


_ORDINAL_PARTS = {"quarter", "half", "period", "inning", "innings", "set", "round"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "1st", "2nd", "3rd", "4th", "final", "last", "opening", "closing"}


def _is_part_of_thing(span: Span) -> bool:
    """ "the fourth quarter of the game", "the second half of the match": an ordinal part of
    a thing that is no time (a game, a film, a speech) is a stage of that thing, not a part
    of the calendar. The noun "of" takes decides, by the parse: "the third quarter of the
    company's fiscal year" (its head is "year"), "the first half of 2025" and "the third
    quarter of $226.3 million" (a loss in that quarter) stay periods."""
    doc = span.doc
    if span[-1].lower_ not in _ORDINAL_PARTS or span.end >= len(doc) \
            or doc[span.end].lower_ != "of" or len(span) < 2 \
            or not any(t.lower_ in _ORDINALS for t in span[:-1]):
        return False
    head = next((t for t in doc[span.end].children if t.dep_ == "pobj"), None)
    return head is not None and head.pos_ == "NOUN" and not _time_like(head) \
        and head.lemma_.lower() not in _TIME_HEADS and head.lower_ not in ("year", "years")


def _is_title(span: Span) -> bool:
    """ "the defensive player of the year", "employee of the month": an award's title."""
    if span.text.lower() not in _TITLE_PERIODS or span.start == 0:
        return False
    of = span.doc[span.start - 1]
    if of.lower_ != "of" or of.i == 0:
        return False
    head = span.doc[of.i - 1]
    return head.pos_ == "NOUN" and (head.lemma_.lower() in person_noun_lemmas()
                                    or head.lower_ in person_noun_lemmas())


# Prepositions that open a hyphenated compound modifier: "after-hours trading", "off-hours
# calls", "out-of-hours care".
_COMPOUND_PREPOSITIONS = {"after", "off", "out", "of", "before", "in", "within", "outside"}


def _is_prepositional_compound(span: Span) -> bool:
    """ "after-hours trading": a time word joined by a hyphen to a preposition before it is
    part of a compound that classifies the noun it modifies (outside regular hours), not a
    stretch or point of time. The same idiom unhyphenated, a bare "hours" after "after"
    ("fell 3% after hours"), is left out too; "after hours of talks" counts hours."""
    doc = span.doc
    start = span.start
    if span.text.lower() == "hours" and start >= 1 and doc[start - 1].lower_ == "after" \
            and not (span.end < len(doc) and doc[span.end].lower_ == "of"):
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" \
        and doc[start - 2].whitespace_ == "" and doc[start - 2].lower_ in _COMPOUND_PREPOSITIONS




_PLURAL_DAYS = {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                "sundays", "weekends"}
_COUNTS_AND_DETERMINERS = {"several", "few", "many", "some", "those", "these", "the", "his",
                           "her", "their", "its", "our", "my", "your", "both", "all"}


def _is_counted_plural_day(span: Span) -> bool:
    """ "three weekends", "those Sundays": a plural weekday or "weekends" left on its own by
    the model (models/timex_words.tsv reads it as a recurrence, "open on Sundays") that is
    counted or picked out names particular days, not a set; it is left out."""
    if len(span) != 1 or span[0].lower_ not in _PLURAL_DAYS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.like_num or before.lower_ in _COUNTS_AND_DETERMINERS


def _is_possessed_day(span: Span) -> bool:
    """ "the scientists of their day", "his day in court": someone's day is an era or an
    occasion."""
    return len(span) == 2 and span[0].lower_ in POSSESSIVES and span[1].lower_ == "day"

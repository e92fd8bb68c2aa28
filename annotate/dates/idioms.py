"""Fixed phrases built on a time word that refer to no time: "around the clock", "day in, day
out", "time after time", "call it a day", "the order of the day", "the 11th-hour deal", "At
the end of the day, voters decide". A time expression found inside one is dropped.

TimeML 1.2.1: a TIMEX3 refers to a time, a length of time or a recurrence. In these phrases the
time word names a manner ("around the clock": without a stop), a degree ("time and again":
often), persistence ("year after year", "day in, day out": over and over, with no period said),
lateness ("the 11th-hour deal": at the last moment), an era of someone's ("better days", "in
this day and age") or a thing ("a night club", "the Six-Day War"). The list is
models/time_idioms.tsv: Princeton WordNet 3.0's multiword lemmas with a time word and no sense
in noun.time, reviewed, and a few reviewed phrases WordNet lacks.

Two phrases are idioms only as an aside, opening a clause and followed by a comma ("where" =
comma in the table; not "The strike lasted one day, the union said"):
"At the end of the day, voters will decide" (in the end) against "stocks closed lower at the
end of the day", and "One day, the country will be free" against "one day later". For the
clause-initial "One day," my decision: it is a vague time that the guidelines would give no
value or FUTURE_REF; as the layer cannot read a clause's future from a sentence-initial aside
without its tense, and a value P1D is wrong either way, it is dropped (the "will one day" of
the someday rule, inside the clause, is still FUTURE_REF).

The phrases are matched by the layer's one PhraseMatcher (annotate/dates/candidates.py); the
check looks only at the candidates and the matches, never at every token.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..resources import read_table
from .spans import unit_word

ANY = "TIME_IDIOM"
ASIDE = "TIME_IDIOM_ASIDE"  # an idiom only opening a clause, with a comma after it
_ARTICLES = {"the", "a", "an"}
_CLAUSE_OPENERS = {"and", "but", "yet", "so", "or", "because", "that"}


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_table("time_idioms.tsv")
    return (tuple(r["phrase"] for r in rows if r["where"] == "any"),
            tuple(r["phrase"] for r in rows if r["where"] == "comma"))


def add_idioms(matcher: PhraseMatcher, nlp: Language) -> None:
    """Add the idioms to the layer's matcher, under ANY and ASIDE."""
    anywhere, asides = _phrases()
    matcher.add(ANY, [nlp.make_doc(phrase) for phrase in anywhere])
    matcher.add(ASIDE, [nlp.make_doc(phrase) for phrase in asides])


def idiom_spans(doc: Doc, matches: Sequence[tuple[int, int, int]]) -> list[Span]:
    """The idioms among the matcher's matches (an aside only where it opens a clause and a
    comma follows: not "The strike lasted one day, the union said")."""
    strings = doc.vocab.strings
    anywhere, aside = strings[ANY], strings[ASIDE]
    return [doc[start:end] for match_id, start, end in matches
            if match_id == anywhere
            or match_id == aside and end < len(doc) and doc[end].text == ","
            and _opens_clause(doc, start)]


def _opens_clause(doc: Doc, start: int) -> bool:
    """The word at ``start`` opens a sentence, or follows punctuation or a conjunction."""
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    return before.is_punct or before.lower_ in _CLAUSE_OPENERS


def in_idiom(span: Span, idioms: Sequence[Span]) -> bool:
    """True when the candidate lies inside an idiom, an article before it aside, or shares
    words with one and has no time word of its own outside it: the model may tag a word
    before the idiom with it ("the valley year" of "floods the valley year after year"), but
    "weeks at a time" keeps its "weeks"."""
    start = span.start + 1 if span[0].lower_ in _ARTICLES and len(span) > 1 else span.start
    for idiom in idioms:
        if idiom.end <= start or span.end <= idiom.start:
            continue
        outside = [t for t in span if not idiom.start <= t.i < idiom.end]
        if not any(t.like_num or unit_word(t) or t.is_title and t.i > span.start
                   for t in outside):
            return True
    return False

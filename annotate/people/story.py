"""The per-story indexes every step of the people layer reads (StoryIndex): the entity at each
token, the titles before and at each token, and the positions of each token text. They are built
once per story, so that no step scans the whole story per token.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..casing import is_capitals_headline
from .cues import is_name_token
from .words import top_surnames

# How frequent a surname a title word must be to be read as the name after an abbreviated
# title: among the census list's first SURNAME_TITLES.
SURNAME_TITLES = 1_000

# Finds the titles in capitals of a headline: a PhraseMatcher, or titles.CapitalsTitles,
# which builds one when first called.
CapitalsMatcher = Callable[[Doc], list[tuple[int, int, int]]]


@dataclass
class StoryIndex:
    """Per-story indexes, built once so that no step scans the whole story per token."""

    doc: Doc
    ent_at: list[Span | None]  # the entity each token is part of
    # The first token of a name a title stands before -> (title start, title end): "Foreign
    # Minister | Dmitry Orlov", and across a comma, "the EU's envoy for Sudan, | Amadou Diallo".
    title_before: dict[int, tuple[int, int]]
    title_after: dict[int, int]  # a title's first token -> the token right after its longest form
    positions: dict[str, list[int]]  # token text -> its token indices
    # The first token of a name in a table row or ranked list -> the country in its brackets.
    row_names: dict[int, str | None] = field(default_factory=dict)
    # Names (token texts) that one occurrence shows to be a place or a thing (``consistency``).
    things: frozenset[tuple[str, ...]] = frozenset()
    # Every token of the story, made once: indexing or iterating a Doc builds a new Token
    # object each time, and the steps that read every token read this list instead.
    tokens: list[Token] = field(default_factory=list)


def index_story(doc: Doc, titles: PhraseMatcher,
                capital_titles: CapitalsMatcher | None = None) -> StoryIndex:
    """The indexes of one story; ``titles`` is the phrase matcher of all titles,
    ``capital_titles`` that of the titles in capitals, read only in headlines in capitals."""
    ent_at: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_at[i] = ent
    title_before: dict[int, tuple[int, int]] = {}
    title_after: dict[int, int] = {}
    for start, end in _title_matches(doc, titles, capital_titles):
        if end not in title_before or start < title_before[end][0]:
            title_before[end] = (start, end)  # the longest title ending there
        title_after[start] = max(end, title_after.get(start, end))
    for start in [start for start in title_after if _surname_after_abbreviation(
            doc, start, title_after, title_before)]:
        del title_after[start]  # "Dr. King": King is the name, not a second title
        if title_before.get(start + 1) == (start, start + 1):
            del title_before[start + 1]
    for start, end in list(title_before.values()):
        comma = comma_after_title(doc, end)
        if comma is not None and comma + 1 < len(doc):
            title_before.setdefault(comma + 1, (start, end))
    positions: dict[str, list[int]] = defaultdict(list)
    tokens = list(doc)
    for token in tokens:
        positions[token.text].append(token.i)
    return StoryIndex(doc, ent_at, title_before, title_after, positions, tokens=tokens)


def _title_matches(doc: Doc, titles: PhraseMatcher,
                   capital_titles: CapitalsMatcher | None) -> list[tuple[int, int]]:
    """(start, end) of every title, and of every title in capitals inside a headline in
    capitals ("PRESIDENT HALE VISITS OHIO"); elsewhere a word in capitals is no title."""
    found = [(start, end) for _, start, end in titles(doc)]
    if capital_titles is not None and doc.has_annotation("SENT_START"):
        for sentence in doc.sents:
            if is_capitals_headline(sentence):
                found += [(sentence.start + start, sentence.start + end)
                          for _, start, end in capital_titles(sentence.as_doc())]
    return found


def _surname_after_abbreviation(doc: Doc, start: int, title_after: dict[int, int],
                                title_before: dict[int, tuple[int, int]]) -> bool:
    """Whether a one-word title at ``start`` is a surname after an abbreviated title: in "Dr.
    King", "Lt. Gen. King", "Mr. Bishop" the abbreviation ("Dr.", "Gen.", "Mr.") is the title
    and the title word after it one of the census's 1,000 most frequent surnames
    (SURNAME_TITLES: King, Bishop, Pope, Prince, Duke, Justice; a title rarer as a surname is
    more often an office addressed, "Mr. Chancellor"), with no capitalised name after it ("Mr.
    Justice Holmes" chains two titles)."""
    if title_after[start] != start + 1 or start == 0 or doc[start - 1].text[-1:] != "." \
            or start not in title_before \
            or doc[start].lower_ not in top_surnames(SURNAME_TITLES):
        return False
    after = doc[start + 1] if start + 1 < len(doc) else None
    return after is None or "\n" in doc[start].whitespace_ or not is_name_token(after)


def comma_after_title(doc: Doc, end: int) -> int | None:
    """The comma that a title reaches across to the name after it: "the foreign policy chief,
    Anneliese Vermeulen", "the EU's envoy for Sudan, Amadou Diallo" (a short capitalised
    phrase after of/for/to/in); None when there is none."""
    if end < len(doc) and doc[end].text == ",":
        return end
    if end >= len(doc) or doc[end].lower_ not in ("of", "for", "to", "in", "at"):
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    first = i
    while i < len(doc) and i - first < 4 and (doc[i].text[:1].isupper() or doc[i].text == "."):
        i += 1
    return i if i > first and i < len(doc) and doc[i].text == "," else None

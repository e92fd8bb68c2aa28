"""Grouping the candidate names of a story into people.

Overlapping candidates give way to the longest; the mentions of one person are merged (a
surname or first word on second reference joins the person named in full, and a full name
joins an earlier one-word mention of it); and a person named only by one bare word is kept
only with a person's context around a mention (a title, an age, "who").
"""

from __future__ import annotations

from spacy.tokens import Span

from ..gazetteer import Gazetteer
from .census_names import speaker
from .cues import Cues
from .described import described_as_person, person_noun
from .persons import Person, mention_of
from .spans import MAX_NAME_TOKENS
from .story import StoryIndex
from .titles import title_before, title_in_apposition
from .words import named_people


def non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping spans, in text order; two names that touch, with only a
    space between them on one line, are one name that two rules found in halves ("Ana Maria" by
    the model, "Reyes Aquino" by an apposition)."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in taken for i in range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    joined: list[Span] = []
    for span in sorted(kept, key=lambda s: s.start):
        last = joined[-1] if joined else None
        if last is not None and last.end == span.start and _touching(last) \
                and span.end - last.start <= MAX_NAME_TOKENS:
            joined[-1] = span.doc[last.start:span.end]
        else:
            joined.append(span)
    return joined


def _touching(span: Span) -> bool:
    """Whether a name ends in a plain space: the next name would then go on it."""
    last = span.doc[span.end - 1]
    return last.whitespace_ == " " and last.is_alpha


def _key(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Names compare without case: "De Souza" at the start of a sentence is "de Souza"."""
    return tuple(word.lower() for word in words)


def _runs(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every contiguous run of words in a name, which later mentions may repeat."""
    return [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


def group_mentions(spans: list[Span]) -> list[Person]:
    """Merge mentions of one person: a partial name joins the latest person it is part of.

    A one-word mention joins a person whose surname or first word it is; a longer mention joins
    a person whose name contains it; a full name joins an earlier one-word mention of its
    surname or first word ("Orlov" in a headline, "Dmitry Orlov" in the story). Words are
    separated by white space, so "Reyes-Aquino" is one word.
    """
    people: list[Person] = []
    by_part: dict[tuple[str, ...], Person] = {}  # the latest person each part of a name names

    def index(person: Person) -> None:
        words = _key(person.name_tokens)
        for run in _runs(words):
            if len(run) > 1 or run[0] in (words[0], words[-1]):
                by_part[run] = person

    for span in spans:
        words = tuple(span.text.split())
        match = by_part.get(_key(words))
        if match is None and len(words) > 1:
            for part in _key(words[-1:]), _key(words[:1]):
                known = by_part.get(part)
                if known is not None and len(known.name_tokens) == 1:
                    match = known
                    break
        if match is None:
            match = Person(id="", name=" ".join(words))
            people.append(match)
        elif len(words) > len(match.name_tokens):
            match.name = " ".join(words)
        match.mentions.append(mention_of(span))
        index(match)
    return people


def established(story: StoryIndex, person: Person, gazetteer: Gazetteer, cues: Cues) -> bool:
    """Whether to keep a person: one named in more than one word, or with a person's context.

    A lone capitalised word the model called PERSON, never given a first name anywhere in
    the story and never given a title, is far more often a product, a place or a company
    ("Tiger", "Toulouse", "Ryanair") than a person: wire copy names people in full first. A
    name that WordNet lists only as a person (models/named_people.tsv: "Aristotle", "Freud")
    needs the model's label once, unless it is also a census given name ("Thomas", "Sarah"),
    which alone is as often the first word of a name the model cut short.
    """
    if any(m.token_end - m.token_start > 1 or m.token_start in story.row_names
           for m in person.mentions) or person.name in cues.deities:
        return True
    doc = story.doc
    tagged = sum(1 for m in person.mentions if story.ent_at[m.token_start] is not None
                 and story.ent_at[m.token_start].label_ == "PERSON")
    if tagged >= 2 and _never_a_place(story, person, cues):
        return True  # the model calls the same word a person again and again: "Chao ... Chao"
    if tagged >= 1 and person.name in named_people() and person.name not in cues.given_names \
            and _never_a_place(story, person, cues) \
            and (not person.name.isupper() or _subject_of_a_verb(story, person)):
        return True  # a famous person by one name, as WordNet lists them: "Aristotle", "FDR"
    if any(described_as_person(doc, m.token_start, m.token_end, cues, single=True)
           for m in person.mentions):
        return True
    if person.name in cues.given_names and gazetteer.lookup(person.name) is None and any(
            speaker(doc[m.token_start]) for m in person.mentions if m.token_end - m.token_start
            == 1):
        return True  # '"We were scared," says ANA': a given name that speaks is a person
    return any(_person_context(story, m.token_start, m.token_end, gazetteer)
               for m in person.mentions)


_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "into", "near", "across", "outside", "inside",
                       "toward", "towards", "via", "of"}


def _never_a_place(story: StoryIndex, person: Person, cues: Cues) -> bool:
    """Whether a one-word name is a capitalised word (not an acronym, unless one that WordNet
    lists only for a person, "FDR", "JFK"; no digits) that no occurrence in the story shows as
    a place ("in Lodz", "to Socotra", "left JFK"), as a thing by an apposition ("Tiger, the
    newest version") or, by itself, as another kind of entity."""
    word = person.name
    if not (word[:1].isupper() and word.isalpha()
            and (not word.isupper() or word in named_people())):
        return False
    doc = story.doc
    for i in story.positions.get(word, []):
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            continue  # part of a longer name: "at Trump Tower"
        ent = story.ent_at[i]
        if ent is not None and ent.label_ != "PERSON" and len(ent) == 1:
            return False  # "Lodz" as GPE; but "Trump Tower" is a building named after one
        if i > 0 and doc[i - 1].lower_ in _PLACE_PREPOSITIONS:
            return False
        if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("the", "a", "an") \
                and person_noun(doc, i + 3, cues) is None:
            return False
    return True


def _subject_of_a_verb(story: StoryIndex, person: Person) -> bool:
    """Whether a mention is the subject of an active verb ("FDR signed the law"): an
    initialism WordNet lists for a person names a thing as well in copy (the airport in "left
    JFK", "JFK was crowded"), and a thing seldom acts."""
    doc = story.doc
    return any(doc[m.token_start].dep_ == "nsubj" and doc[m.token_start].head.pos_ == "VERB"
               for m in person.mentions)


def _person_context(story: StoryIndex, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name at tokens start..end has a person's context: a title before ("Mr.
    Orlov", "President Orlov") or an apposition that only people take after (a title, an age
    "Orlov, 54,", or a relative "Orlov, who")."""
    if title_before(story, start, gazetteer) is not None \
            or title_in_apposition(story, end, gazetteer):
        return True
    doc = story.doc
    if end + 1 < len(doc) and doc[end].text == ",":
        after = doc[end + 1]
        return after.lower_ in ("who", "whose") or (after.like_num and end + 2 < len(doc)
                                                    and doc[end + 2].text == ",")
    return False

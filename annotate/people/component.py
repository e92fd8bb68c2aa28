"""The people layer: every person in a story, with title, country and all mentions.

Candidates are the model's PERSON entities plus capitalised names right after a title
("Foreign Minister Dmitry Orlov") or right before a title in apposition ("Orlov, the Russian
foreign minister,"). Their boundaries are cleaned (no titles, possessive "'s", punctuation or
line breaks inside a name), candidates that the words around them show to be things rather than
people are dropped ("the Beatles", "retailer Best Buy", "Douglas Aircraft"), mentions of one
person are merged (a surname on second reference is the person named in full before it,
whatever label the model gave it), and each person gets the title and country the story states
next to a mention.

Everything is linear in story length: one PhraseMatcher pass for titles, one index from token
to entity and one from token text to positions, built once per story.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..casing import verb_lemmas
from ..gazetteer import Gazetteer, load_gazetteer
from ..pipeline.extensions import register_extensions
from ..resources import read_table
from .affiliation import affiliation_titles, implied_country, official_country
from .candidates import find_candidates
from .consistency import named_type, person_here
from .cues import DETERMINERS, Cues, is_name_token, load_cues
from .described import of_country_after
from .grouping import established, group_mentions, non_overlapping
from .persons import Mention, Person, mention_of
from .places import place_context, subdivision_names
from .rows import ioc_codes
from .story import SURNAME_TITLES, StoryIndex, index_story
from .titles import (
    POSSESSIVES,
    CapitalsTitles,
    assign_title,
    title_before,
    title_in_apposition,
    title_kinds,
    title_matcher,
)
from .vocatives import frequent_given_names
from .words import common_words, frequent_surnames, named_people, top_surnames

register_extensions()

_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "into", "near", "across", "outside", "inside", "toward"}


@Language.factory(
    "annotate_people",
    assigns=["doc._.annotate_people"],
    requires=["doc.ents", "token.pos"],
    default_config={"titles_file": "titles.tsv"},
)
def make_people_component(nlp: Language, name: str, titles_file: str) -> "PeopleComponent":
    return PeopleComponent(nlp, titles_file)


class PeopleComponent:
    """Finds people; reuses one phrase matcher of titles across all stories."""

    def __init__(self, nlp: Language, titles_file: str) -> None:
        self.gazetteer: Gazetteer = load_gazetteer()
        self.cues = load_cues()
        self.titles = title_matcher(nlp, titles_file)
        self.capital_titles = CapitalsTitles(nlp, titles_file)  # in capitals headlines
        self.titles_file = titles_file
        self.verbs = verb_lemmas(nlp)  # a headline's verb never joins two names
        # Read the other tables now, with the model, not inside the first story.
        subdivision_names(), ioc_codes(), title_kinds(titles_file), _family_first_countries()
        affiliation_titles()
        common_words(), frequent_surnames(), named_people(), frequent_given_names()
        top_surnames(SURNAME_TITLES)

    def __call__(self, doc: Doc) -> Doc:
        story = index_story(doc, self.titles, self.capital_titles)
        candidates = find_candidates(story, self.gazetteer, self.cues, self.verbs)
        people = [person for person in group_mentions(non_overlapping(candidates))
                  if established(story, person, self.gazetteer, self.cues)]
        _add_later_mentions(story, people, self.gazetteer, self.cues)
        for number, person in enumerate(people, start=1):
            person.id = f"P{number}"
            person.mentions.sort(key=lambda mention: mention.start)
            person.name = max((m.text for m in person.mentions),
                              key=lambda t: (len(t.split()), not t.isupper()))
            assign_title(story, person, self.gazetteer)
            if person.affiliation is None:
                person.affiliation = implied_country(story, person, self.gazetteer, self.cues)
            if person.affiliation is None and person.title is not None:
                person.affiliation = official_country(doc, person, self.gazetteer,
                                                      self.titles_file)
        doc._.annotate_people = people
        return doc

def _add_later_mentions(story: StoryIndex, people: list[Person], gazetteer: Gazetteer,
                        cues: Cues) -> None:
    """Find mentions of established people the model labelled otherwise or missed.

    Once a person is named in full, every other occurrence of the full name, of the surname
    (with its particles: "de Souza", "Van der Linden") or, for a person of a country whose names
    are written family name first (models/name_order.tsv), of the first word ("Wang Jianguo" ...
    "Wang") is that person; so is every other occurrence of the one word that names a person
    the story knows only by it ("a girl named Marisol" ... "Marisol and I"). A given name alone
    (of a person named in full) is not taken: in most copy it is far more often a place or
    another person than a later mention. A word that is also a country, a place or a company
    ("Jordan", "Ford") is decided
    from the story: there it is the person only where the model called that occurrence a
    person or a title stands before it.
    """
    doc = story.doc
    covered = [False] * len(doc)
    for person in people:
        for m in person.mentions:
            covered[m.token_start:m.token_end] = [True] * (m.token_end - m.token_start)

    def found(i: int, part: list[str], tokens: list[str]) -> Span | None:
        span = _occurrence(story, i, part, tokens, covered, cues)
        if span is None or not _could_be_name(story, span, gazetteer, cues) \
                or not _person_not_place(story, span, gazetteer) \
                or not person_here(story, span, story.things):
            return None
        return span

    places = _PlacesOfPart(story, covered, found)
    for person in people:
        full = max(person.mentions, key=lambda m: m.token_end - m.token_start)
        tokens = [t.text for t in doc[full.token_start:full.token_end]]
        if len(person.name_tokens) < 2:
            # Known by one word only, and shown to be a person there (a title, "a girl named
            # Marisol", an age): that word is the person elsewhere too. Not a word in capitals.
            if len(tokens) != 1 or not tokens[0].isalpha() or tokens[0].isupper():
                continue
            parts, one_word = [tokens], True
        else:
            parts, one_word = [_surname_tokens(doc, full, cues)], False
            if _family_name_first(story, person, gazetteer):
                parts.append(_first_word_tokens(doc, full))  # "Wang Jianguo" ... "Wang"
        for part in parts:
            if _initial_or_numeral(part[-1]):
                continue  # "A." of "A. Ruiz", "I" of "Norton I" stand for nobody alone
            for i in places.worth_trying(part, tokens):
                span = found(i, part, tokens)
                if span is None or (one_word and _inside_thing(story, span, cues)):
                    continue  # the word alone, not "Hudson's Bay Co." (an organisation)
                person.mentions.append(mention_of(span))
                covered[span.start:span.end] = [True] * len(span)


_THING_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def _inside_thing(story: StoryIndex, span: Span, cues: Cues) -> bool:
    """Whether ``span`` is part of a longer name that the model labels a thing and that holds
    an organisation word ("Hudson's Bay Co.", "Hale Foundation")."""
    ent = story.ent_at[span.start]
    return ent is not None and ent.label_ in _THING_LABELS and len(ent) > len(span) \
        and any(token.text in cues.org_words for token in ent)


@lru_cache(maxsize=1)
def _family_first_countries() -> frozenset[str]:
    return frozenset(row["code"] for row in read_table("name_order.tsv"))


def _family_name_first(story: StoryIndex, person: Person, gazetteer: Gazetteer) -> bool:
    """Whether the story gives a person a country whose names are written family name first:
    by a title ("Chinese Foreign Minister"), an apposition, "of China" after a mention or a
    nationality word right before one ("South Korean Kim Min-jun")."""
    doc = story.doc
    for m in person.mentions:
        found = title_before(story, m.token_start, gazetteer) \
            or title_in_apposition(story, m.token_end, gazetteer)
        country = found[1] if found else None
        country = country or of_country_after(doc, m.token_end, gazetteer) \
            or (gazetteer.lookup(doc[m.token_start - 1].text) if m.token_start > 0 else None)
        if country in _family_first_countries():
            return True
    return False


class _PlacesOfPart:
    """Where a part of a name (a surname, a first word) may be another mention, so that a
    story naming thousands of people who share a surname ("Anna Smith, Omar Smith, ...") does
    not try every person at every occurrence of it: the answer is the same as trying them all.

    Where the word before an occurrence is not the person's preceding name word, the mention
    found there does not depend on the person (only on the words around it), so it is judged
    once: an occurrence that fails then fails for everybody. The others are tried for the
    people whose preceding name word it is. Occurrences once covered are dropped.
    """

    def __init__(self, story: StoryIndex, covered: list[bool],
                 found: Callable[[int, list[str], list[str]], Span | None]) -> None:
        self.story = story
        self.covered = covered
        self.found = found
        self.plain: dict[tuple[str, ...], list[int]] = {}  # a mention there by itself
        self.after: dict[tuple[str, ...], dict[str, list[int]]] = {}  # by the word before

    def worth_trying(self, part: list[str], full: list[str]) -> Iterator[int]:
        """In text order, the occurrences of ``part`` where the person named ``full`` might
        have a mention: every other occurrence would give nothing for them."""
        key = (part[-1], *(word.lower() for word in part))
        if key not in self.plain:
            self._index(key, part)
        before = len(full) - len(part) - 1  # the name word an occurrence would extend over
        extending = self.after[key].get(full[before], []) if before >= 0 else []
        plain = self.plain[key]
        last = -1
        for i in heapq.merge(plain, extending):
            if i != last and not self._taken(i, len(part)):
                last = i
                yield i
        # Occurrences covered meanwhile give nothing to anybody any more.
        self.plain[key] = [i for i in plain if not self._taken(i, len(part))]

    def _taken(self, i: int, length: int) -> bool:
        """Part of the occurrence ending at ``i`` is some mention already."""
        return any(self.covered[max(0, i - length + 1):i + 1])

    def _index(self, key: tuple[str, ...], part: list[str]) -> None:
        doc = self.story.doc
        plain: list[int] = []
        after: dict[str, list[int]] = defaultdict(list)
        positions = self.story.positions
        cases = {part[-1], part[-1].upper(), part[-1].title()}  # "Orlov", "ORLOV" both ways
        for i in sorted(i for word in cases for i in positions.get(word, [])):
            first = i - len(part) + 1
            if first > 0:
                after[doc[first - 1].text].append(i)
            # Passing the part as the full name: no name words to extend over.
            if self.found(i, part, part) is not None:
                plain.append(i)
        self.plain[key], self.after[key] = plain, after


_REGNAL = re.compile(r"^[IVX]+$")  # "Norton I", "Henry VIII"


def _initial_or_numeral(word: str) -> bool:
    """An initial, a regnal number or a generational suffix ("Jr."), which name nobody alone."""
    return bool(_REGNAL.match(word)) or word in ("Jr.", "Sr.", "Jr", "Sr") \
        or (len(word) <= 2 and word.endswith(".")) or len(word) == 1


def _surname_tokens(doc: Doc, mention: Mention, cues: Cues) -> list[str]:
    """The tokens of the last word of a name, with the particles before it ("de", "Souza");
    before a regnal number the word before it ("Norton" of "Norton I")."""
    end = mention.token_end
    if end - mention.token_start > 1 and _REGNAL.match(doc[end - 1].text):
        end -= 1
    mention = Mention(mention.start, mention.end, mention.text, mention.token_start, end)
    start = mention.token_end - 1
    while start > mention.token_start and (not doc[start - 1].whitespace_ or doc[start].text in "-‐‑"):
        start -= 1
    while start - 1 > mention.token_start and doc[start - 1].lower_ in cues.particles:
        start -= 1
    return [t.text for t in doc[start:mention.token_end]]


def _first_word_tokens(doc: Doc, mention: Mention) -> list[str]:
    end = mention.token_start + 1
    while end < mention.token_end and not doc[end - 1].whitespace_:
        end += 1
    return [t.text for t in doc[mention.token_start:end]]


def _occurrence(story: StoryIndex, i: int, part: list[str], full: list[str], covered: list[bool],
                cues: Cues) -> Span | None:
    """The mention ending at token ``i`` if the tokens there spell ``part`` (case aside for
    particles), extended left over the given names of the full name; None otherwise."""
    doc = story.doc
    start = i - len(part) + 1
    if start < 0 or any(covered[start:i + 1]):
        return None
    if any(doc[start + k].lower_ != word.lower() for k, word in enumerate(part)):
        return None
    # Optional particles and given names before ("Pieter" van der Linden, "Dmitry" Orlov).
    k = len(full) - len(part) - 1
    while k >= 0 and start > 0 and not covered[start - 1] \
            and (doc[start - 1].text == full[k] or _capitals_of(doc[start - 1], full[k])):
        start, k = start - 1, k - 1
    if doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1:
        # A headline or table in capitals ("RUIZ WINS OPEN"): every word is capitalised, so
        # the words around say nothing of a longer name.
        return doc[start:i + 1]
    # Not the start or end of a longer name of somebody or something else ("Orlov Institute").
    if start > 0 and start not in story.title_before and is_name_token(doc[start - 1]) \
            and not doc[start - 1].is_sent_start:
        return None
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha \
            and not doc[i + 1].is_sent_start:
        return None
    return doc[start:i + 1]


def _capitals_of(token, word: str) -> bool:
    """Whether ``token`` is ``word`` written in capitals ("ORLOV" for "Orlov")."""
    return token.is_upper and token.text == word.upper()


# The parts of speech a later mention may have. The small model tags a surname that opens a
# sentence as an interjection or a verb ("Pike will be succeeded by ..."); adjectives are left
# out ("an anti-Castro group", "Young people").
_NAME_POS = {"PROPN", "NOUN", "X", "INTJ", "VERB"}


def _could_be_name(story: StoryIndex, span: Span, gazetteer: Gazetteer, cues: Cues) -> bool:
    doc = story.doc
    token = doc[span.end - 1]
    if not token.text[:1].isupper() or (token.pos_ not in _NAME_POS
                                        and not token.is_upper):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in DETERMINERS and span.end < len(doc) \
            and doc[span.end].lower_ in cues.kin_groups:
        return False  # "the Ruiz family"
    if named_type(span, cues.deities):
        return False  # "my Ortega was sweet": a drink
    ent = story.ent_at[span.end - 1]
    if ent is not None and ent.label_ == "PERSON":
        return True
    if place_context(story, span.start, span.end, gazetteer, cues):
        return False  # "resides in Austin, Texas"
    if span.start > 0 and (doc[span.start - 1].lower_ in DETERMINERS
                           or doc[span.start - 1].lower_ in cues.thing_nouns):
        return False  # "the carmaker Renault", "the Ford"
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in cues.org_words:
        return False  # "Ford Motor", "Jordan Airlines"
    return True


def _person_not_place(story: StoryIndex, span: Span, gazetteer: Gazetteer) -> bool:
    """For a one-word mention that is also a country or city ("Jordan", "Chad", "Paris"): a
    title before it says person; "in Chad", "Chad's foreign minister" say place; otherwise the
    model's label for this occurrence decides."""
    doc = story.doc
    if len(span) > 1 or gazetteer.lookup(span.text) is None:
        return True
    if span.start in story.title_before:
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    if before in _PLACE_PREPOSITIONS or after in POSSESSIVES or after == "(":
        return False  # "in Chad", "Chad's", the dateline "N'DJAMENA, Chad (AP)"
    return story.ent_at[span.start] is not None and story.ent_at[span.start].label_ == "PERSON"

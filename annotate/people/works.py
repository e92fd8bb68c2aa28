"""Works named after people: novels, plays, films and paintings whose title is a person's name
("Annie Hall", "Hedda Gabler", "David Copperfield"), which the model labels persons.

Two constructions show a work whatever its words:

- the year of a work in brackets right after its title, as filmographies, bibliographies and
  discographies date works ("Her films include Lena Marsh (1977) and ..."); not an author-date
  citation, whose bracket a verb follows ("Ken Barger (1971) discovered") or a person noun or
  title precedes ("anthropologist Ken Barger (1971)");
- the direct object of a verb of creating or presenting a work (VerbNet's create-26.4 and
  performance-26.7 classes, and publishing): "wrote Tom Farrow in 1843", "staged Ada Brandt",
  "produced Lena Marsh"; not verbs of acting or singing a role ("played Hamlet", "sang
  Tosca"), whose object is a character, a person in the story's own terms, nor verbs whose
  object may be a person portrayed, filmed or ordered ("painted", "filmed", "directed").

A title right before a name still makes it a person, as everywhere in the layer.

Places, structures and holidays named after people ("Martin Luther King Day", "the King
Hussein Bridge") are read here too (``named_after_person``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .consistency import thing_names
from .cues import Cues
from .story import StoryIndex
from .words import frequent_surnames

_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
# Lemmas of verbs whose direct object is a work: VerbNet 3.x create-26.4 (compose, write,
# publish, ...), performance-26.7 without perform/play/sing/dance (stage, premiere), and
# producing a film or a show. Verbs whose object may as well be a person are left out: "paint",
# "film", "record", "shoot" (the person portrayed or filmed) and "direct" (an actor, or an order:
# "directed Hale to pay").
CREATION_VERBS = frozenset({
    "write", "compose", "publish", "stage", "premiere", "produce", "adapt", "translate",
    "co-write", "illustrate", "pen", "choreograph", "coin",
})


def dated_work(doc: Doc, start: int, end: int, person_before: bool) -> bool:
    """Whether the name at start..end is dated as a work: "(1977)" right after it on the same
    line, with no verb after the bracket and no person noun or title before the name
    (``person_before``)."""
    if person_before or end + 2 >= len(doc) or doc[end].text != "(" \
            or not _YEAR.match(doc[end + 1].text) or doc[end + 2].text != ")":
        return False
    if any("\n" in doc[k].whitespace_ for k in range(end - 1, end + 2)):
        return False
    after = doc[end + 3] if end + 3 < len(doc) else None
    return after is None or not (after.pos_ in ("VERB", "AUX") and after.is_lower)


def created_work(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at start..end is the direct object of a verb of creating a work
    ("wrote David Copperfield", "staged Hedda Gabler and ...")."""
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.i < start:
        head = head.head  # "staged Hedda Gabler and Peer Gynt": the first object's verb
    if head.dep_ != "dobj":
        for token in doc[start:end]:
            if token.dep_ == "dobj" and token.head.i not in range(start, end):
                head = token
                break
        else:
            return False
    verb = head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in CREATION_VERBS


_OPENING_QUOTES = {'"', "“", "‘", "'"}
_CLOSING_QUOTES = {'"', "”", "’", "'"}


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at start..end is all a quotation holds: the title of a song, a poem, a
    story or an episode ('her debut single, "Jolene Carter", reached No. 3'), as English sets
    such titles in quotation marks (with a comma or period inside the closing mark, as U.S.
    style puts them), not a person. A nickname quoted inside a name ('Austin
    "Shep" Hale') has a name word next to its marks, and a quoted possessive ('"Hale's
    plan"') runs on past the name; both stay."""
    close = end + 1 if end + 1 < len(doc) and doc[end].text in (",", ".") else end  # “X,”
    if start == 0 or close >= len(doc) or doc[start - 1].text not in _OPENING_QUOTES \
            or doc[close].text not in _CLOSING_QUOTES:
        return False
    before = doc[start - 2] if start >= 2 else None
    after = doc[close + 1] if close + 1 < len(doc) else None
    return not any(token is not None and token.is_alpha and token.text[:1].isupper()
                   for token in (before, after))


_PLACE_OR_EVENT = {"FAC", "GPE", "LOC", "ORG", "EVENT"}
# The words before "Storm" in storm names: the National Hurricane Center's "Tropical Storm" and
# "Subtropical Storm", and "Winter Storm" as U.S. forecasters name winter storms.
_STORM_KINDS = {"Tropical", "Subtropical", "Winter"}


@lru_cache(maxsize=4)
def storm_words(thing_nouns: frozenset[str]) -> frozenset[str]:
    """The storm, operation, comet and asteroid words of ``Cues.thing_nouns`` (its capitalised
    ones) in both cases, to skip a story that has none."""
    capitalised = {word for word in thing_nouns if word[:1].isupper()}
    return frozenset(capitalised | {word.lower() for word in capitalised})


def storm_things(story: StoryIndex, candidates: list[Span],
                 cues: Cues) -> frozenset[tuple[str, ...]]:
    """The one-word names too that the story gives after a storm word ("Typhoon Haiyan" ...
    "Haiyan killed"), a storm at every occurrence (``consistency.thing_names``); a storm's
    name is taken without its storm word, so that it is no part of a longer name."""
    if not any(word in story.positions for word in storm_words(cues.thing_nouns)):
        return frozenset()
    doc = story.doc
    storms = [span[1:] if len(span) > 1 and storm_name(doc, span.start + 1, span.end, cues)
              else span for span in candidates]
    return thing_names(story, storms, lambda start, end: storm_name(doc, start, end, cues),
                       shortest=1)


def storm_name(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """Whether the name at start..end follows a storm, operation, comet or asteroid word of
    ``Cues.thing_nouns`` ("Cyclone | Tracy", "typhoon | Haiyan", "Operation | Neptune", "Asteroid
    | Bennu"): the storm's (the comet's) name. In small
    letters "storm" needs a storm kind before it ("tropical storm Allison") and "operation"
    does not count. "Storm" is also a given name ("Storm Reid"), so before a frequent surname
    it needs a storm kind before it ("Tropical Storm Allison")."""
    if start == 0:
        return False
    word = doc[start - 1]
    kind = doc[start - 2].text.title() if start >= 2 else ""
    if word.is_lower:  # "cyclone Tracy", "tropical storm Allison"; not "after the storm Hale"
        if word.text.title() not in cues.thing_nouns or word.text == "operation" \
                or (word.text == "storm" and kind not in _STORM_KINDS):
            return False
    elif word.text not in cues.thing_nouns:
        return False
    return not (word.text == "Storm" and doc[end - 1].lower_ in frequent_surnames()
                and kind not in _STORM_KINDS)


def _street_suffix(doc: Doc, i: int, cues: Cues) -> bool:
    """Whether token ``i`` is a street suffix abbreviation ("St", "Ave.",
    ``Cues.street_suffixes``) that ends a name: no capitalised word follows it, as one follows
    "St." and "Dr." opening the next name ("St. Louis", "Dr. Hale")."""
    if doc[i].text.rstrip(".") not in cues.street_suffixes:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or "\n" in doc[i].whitespace_ \
        or not (nxt.is_alpha and nxt.text[:1].isupper())


def _eponym_term(doc: Doc, end: int, cues: Cues) -> bool:
    """Whether the name ending before token ``end`` and the lower-case noun at ``end`` (or its
    singular) make a compound WordNet lists for a thing called after a person
    (``Cues.eponym_compounds``: "Doppler effect", "Geiger counters")."""
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return False
    noun = doc[end]
    if not (noun.is_lower and noun.is_alpha):
        return False
    name = doc[end - 1].lower_
    return f"{name} {noun.text}" in cues.eponym_compounds \
        or f"{name} {noun.lemma_}" in cues.eponym_compounds


def _feature_head(token, cues: Cues) -> bool:
    """A capitalised noun of a structure, a facility, a way, a landform, a water, a tract of
    land, a school, a statue or an award (models/feature_heads.tsv): "Dam", "Conservatory",
    "Medal"."""
    return token.text[:1].isupper() and token.lower_ in cues.feature_heads


def named_after_person(story: StoryIndex, span: Span, cues: Cues, title: object) -> bool:
    """Whether the candidate names a thing named after a person: a full name (two words or
    more) followed by a holiday or structure noun that is also a surname ("Martin Luther King
    Day", ``Cues.namesake_heads``), inside the name or right after it on the same line; a full
    name ending in, or any name followed on the same line by, a capitalised noun of
    ``Cues.feature_heads`` ("Thomas Hale Dam", "Hale Conservatory") or a street suffix
    abbreviation ("Main St", "Lincoln Ave."); a name before a noun with which WordNet lists it as
    a term ("the Doppler effect", ``Cues.eponym_compounds``); in a
    line in capitals an organisation word or such a noun in capitals ("MARTIN LUTHER KING
    DAY", "... MEMORIAL"); or a name inside a longer one the model labels a place, facility or
    event that ends in such a noun ("the King Hussein Bridge"). A ``title`` before a name that
    ends in the noun makes it the person's surname ("Sen. Mary Ann Day"); the noun alone after
    a title ("Queen Street") is a place unless the model labels it a person ("Mr. Street")."""
    doc = story.doc
    if len(span) > 2 and span[-1].text in cues.namesake_heads and title is None:
        return True
    if len(span) > 1 and _street_suffix(doc, span.end - 1, cues):
        return True  # "Main St", "Lincoln Ave.": a street in an address
    if len(span) > 2 and _feature_head(span[-1], cues):
        return True  # "Thomas Hale Dam", not "Lena Rotunda": a rare surname may be such a noun
    if len(span) == 1 and span[0].text in cues.namesake_heads and span[0].ent_type_ != "PERSON":
        return True  # "Queen Street" after the title "Queen", the model labelling no person
    if span.end < len(doc) and "\n" not in doc[span.end - 1].whitespace_:
        nxt = doc[span.end]
        word = nxt.text.title() if nxt.is_upper and span[-1].is_upper else nxt.text
        if word in cues.org_words or (len(span) > 1 and word in cues.namesake_heads) \
                or _feature_head(nxt, cues) or _street_suffix(doc, span.end, cues):
            return True
        if len(span) > 1 and nxt.is_lower and span[-1].head.i == nxt.i and (
                nxt.lower_ in cues.feature_heads or nxt.text.title() in cues.namesake_heads):
            return True  # "Charles de Gaulle airport", "the Simon Bolivar bridge": a full name
            # that modifies the noun (in lower case no surname: "Bridge" is one)
    if _eponym_term(doc, span.end, cues):
        return True  # "the Doppler effect", "a Venn diagram": a term, not the person
    ent = story.ent_at[span.start]
    return ent is not None and ent.label_ in _PLACE_OR_EVENT and len(ent) > len(span) \
        and doc[ent.end - 1].text in cues.namesake_heads

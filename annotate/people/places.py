"""What the words around a capitalised name say about it being a place, not a person.

Travel copy, biographies and textbooks name places the model often takes for people ("via Al
Mukalla", "born in Exeter, Devon", "Copan, Tikal and Chichen Itza"). Three constructions show a
place whatever the model's label:

- a preposition of place before it ("in", "at", "via", "near", ...), used as a preposition
  (not the particle of "drove in"), with no possessive or coordination after it ("in Hale's
  view", "in Moran and Pyle" name people);
- a place and its region or country, comma-separated: "Exeter, Devon", "Austin, Texas" (the
  region or country being a country of the gazetteer or an ISO 3166-2 subdivision of pycountry,
  whatever the model calls the place before it);
- a coordination whose other members the model calls places ("Copan, Tikal and X");
- a noun of a kind of place and "of" before it: "the island of X", "the town of X" (the
  place nouns of models/people_cues.tsv).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pycountry
from spacy.tokens import Span

from ..gazetteer import Gazetteer
from .cues import Cues
from .story import StoryIndex
from .titles import POSSESSIVES

PLACE_PREPOSITIONS = {"in", "at", "via", "near", "into", "outside", "inside", "across", "toward",
                      "towards", "around", "throughout"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LINKS = {",", "and", "or", "&"}


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """The names of the ISO 3166-2 subdivisions (states, provinces, counties, regions) that
    pycountry ships: "Texas", "Devon", "Bavaria". Read from its data file directly: building
    pycountry's subdivision objects takes about a second, the names alone a few milliseconds."""
    path = Path(pycountry.DATABASE_DIR) / "iso3166-2.json"
    with path.open(encoding="utf-8") as data:
        return frozenset(entry["name"] for entry in json.load(data)["3166-2"])


def is_region(text: str, gazetteer: Gazetteer) -> bool:
    """A country of the gazetteer or a subdivision of ISO 3166-2."""
    return gazetteer.kind(text) == "name" or text in subdivision_names()


# Words after which a name is one of two: coordinated ("in Ruiz and Hale") or the parties of
# a case ("in Hale v. Ortiz"), which "in" governs together.
_JOINED_NAME_WORDS = frozenset({"and", "or", "&", "v.", "v", "vs.", "vs"})


def place_context(story: StoryIndex, start: int, end: int, gazetteer: Gazetteer,
                  cues: Cues) -> bool:
    """Whether the words around tokens start..end show a place (see the module docstring)."""
    doc = story.doc
    after = doc[end].text if end < len(doc) else ""
    if start > 0:
        before = doc[start - 1]
        if before.lower_ in PLACE_PREPOSITIONS and before.dep_ != "prt" \
                and after not in POSSESSIVES and after.lower() not in _JOINED_NAME_WORDS \
                and not census_full_name(story, start, end, cues):
            return True
    if _place_then_region(story, start, end, gazetteer):
        return True
    return _place_noun_of(story, start, cues) or _among_places(story, start, end) \
        or _generic_prefix_before(doc, start, cues) or predicated_place(doc, start, end, cues)


def predicated_place(doc, start: int, end: int, cues: Cues) -> bool:
    """ "Madison is the state capital", "Marie-Galante is the largest of the islands": the
    name is the subject of "be" whose complement is a place noun (``Cues.place_nouns``), or a
    superlative or a number "of" place nouns, as copy introduces a place, not a person."""
    root = next((token for token in doc[start:end] if not start <= token.head.i < end), None)
    if root is None or root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    for complement in root.head.children:
        if complement.dep_ not in ("attr", "acomp") or complement.i < root.i:
            continue
        if complement.pos_ in ("NOUN", "PROPN"):
            return complement.lemma_.lower() in cues.place_nouns
        of = [child for child in complement.children if child.dep_ == "prep"
              and child.lower_ == "of"]
        return any(grand.dep_ == "pobj" and grand.lemma_.lower() in cues.place_nouns
                   for child in of for grand in child.children)
    return False


# The place prefixes of people_cues.tsv taken from saints' names: a saint before a name the
# model stops short of may be the saint himself ("St. | Paul wrote"), so only the generic terms
# ("Parque", "Museo", "Fort") make the name after them a place.
_SAINT_PREFIXES = {"Saint", "Sainte", "San", "Sankt", "Santa", "Santo", "Sao", "São", "St",
                   "St.", "Ste."}


def _generic_prefix_before(doc, start: int, cues: Cues) -> bool:
    """ "Parque | Benito Juarez", "Museo | Frida Kahlo": a generic term of a place name right
    before the name on the same line, which the model left out of its span."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.text in cues.place_prefixes and before.text not in _SAINT_PREFIXES \
        and "\n" not in before.whitespace_


def _place_noun_of(story: StoryIndex, start: int, cues: Cues) -> bool:
    """ "the island of X", "the main island of X", "the town of X"."""
    doc = story.doc
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower \
        and doc[start - 2].lower_ in cues.place_nouns


def census_full_name(story: StoryIndex, start: int, end: int, cues: Cues) -> bool:
    """A name the model calls a person that opens with a given name and ends with a surname of
    the census lists ("drove in Daniel Nava")."""
    ent = story.ent_at[start]
    doc = story.doc
    return end - start >= 2 and ent is not None and ent.label_ == "PERSON" \
        and doc[start].text in cues.given_names and doc[end - 1].lower_ in cues.surnames


def _place_then_region(story: StoryIndex, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """ "Exeter, Devon": a region after a place; "Austin, Texas": a place before its region."""
    doc = story.doc
    if start >= 2 and doc[start - 1].text == "," and _capitalised_word(doc[start - 2]) \
            and is_region(doc[start:end].text, gazetteer) \
            and (end >= len(doc) or doc[end].text not in POSSESSIVES):
        return True
    if end + 1 < len(doc) and doc[end].text == "," and story.row_names.get(start) is None:
        # (a row's name with its country, "1. Grace Wanjiru, Kenya, 2:21:04", is no place)
        region_end = end + 2
        while region_end < len(doc) and doc[region_end].text[:1].isupper() \
                and region_end - end <= 3 and not is_region(doc[end + 1:region_end].text, gazetteer):
            region_end += 1
        region = doc[end + 1:region_end]
        ent = story.ent_at[end + 1]
        if ent is not None and ent.label_ == "PERSON":
            return False  # "Elisha Cuthbert, Chad Michael Murray"
        return is_region(region.text, gazetteer) and (
            region_end >= len(doc) or (doc[region_end].text not in POSSESSIVES
                                       and not _capitalised_word(doc[region_end])))
    return False


def _capitalised_word(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _among_places(story: StoryIndex, start: int, end: int) -> bool:
    """Whether a name is a member of a list in which the model calls two other members places
    and none a person: "Copan, Tikal, and X". One place is not enough ("In Lima, X said";
    "Downton Abbey and X", a work the model took for a place)."""
    doc = story.doc
    labels: list[str] = []
    i = start
    while i > 0 and doc[i - 1].lower_ in _LINKS:  # items to the left
        k = i - 1
        while k >= 0 and doc[k].lower_ in _LINKS:
            k -= 1
        ent = _entity_ending_at(story, k)
        if ent is None:
            break
        labels.append(ent.label_)
        i = ent.start
    j = end
    while j < len(doc) and doc[j].lower_ in _LINKS:  # items to the right
        k = j
        while k < len(doc) and doc[k].lower_ in _LINKS:
            k += 1
        ent = _entity_starting_at(story, k)
        if ent is None or (ent.end < len(doc) and doc[ent.end].text in POSSESSIVES):
            break
        labels.append(ent.label_)
        j = ent.end
    # A list member: "and"/"or" before it (the last), or a link after it (not the last).
    member = (start > 0 and doc[start - 1].lower_ in ("and", "or", "&")) \
        or (end < len(doc) and doc[end].lower_ in _LINKS)
    places = sum(label in _PLACE_LABELS for label in labels)
    return member and "PERSON" not in labels and places >= 2


def _entity_ending_at(story: StoryIndex, i: int) -> Span | None:
    ent = story.ent_at[i] if i >= 0 else None
    return ent if ent is not None and ent.end == i + 1 else None


def _entity_starting_at(story: StoryIndex, i: int) -> Span | None:
    ent = story.ent_at[i] if i < len(story.doc) else None
    return ent if ent is not None and ent.start == i else None

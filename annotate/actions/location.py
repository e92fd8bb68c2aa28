"""Where an action happened: the place its clause names, else the story's dateline.

The clause place is a place entity (GPE, LOC or FAC) inside a locative phrase ("in", "at",
"near", "outside", ...) of the trigger or of the verb whose clause it is in: "talks IN
GENEVA", "held talks IN VIENNA", "an airstrike NEAR KHARKIV", "a rally outside the embassy IN
ANKARA". A place that is the actor or the target is not where the action happened ("ANKARA
said", "visited ANKARA"). Its country comes from the gazetteer (a country, a capital or another
listed place), or from a country named after it ("Jaipur, INDIA"). When the clause names no
place, the dateline's place stands for the whole story ("WARSAW, Poland (AP) --").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from .action import Location

LOCATIVE_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "across", "around", "off",
                         "along", "throughout", "within")
PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def clause_place(token: Token, clause_verb: Token, gazetteer: Gazetteer,
                 excluded: set[int]) -> Location | None:
    """The place named in a locative phrase of the trigger, else of its clause's verb."""
    for head in dict.fromkeys((token, clause_verb)):
        for prep in (c for c in head.children if c.dep_ == "prep"
                     and c.lower_ in LOCATIVE_PREPOSITIONS):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = _place_in(obj, excluded) or _listed_place(obj, gazetteer, excluded)
                if place is not None:
                    return _location(place, gazetteer)
    return None


def _place_in(obj: Token, excluded: set[int]) -> Span | None:
    """The first place entity in a prepositional object's phrase ("the northern city OF
    JAIPUR"), when no party stands on it."""
    doc = obj.doc
    for t in obj.subtree:
        if t.ent_type_ in PLACE_ENTITIES and t.i not in excluded:
            entity = next(e for e in doc.ents if e.start <= t.i < e.end)
            if not any(i in excluded for i in range(entity.start, entity.end)):
                return _with_country(entity)
    return None


def _listed_place(obj: Token, gazetteer: Gazetteer, excluded: set[int]) -> Span | None:
    """A proper noun the model did not tag as a place that the gazetteer lists as one ("in
    Aleppo")."""
    if obj.pos_ != "PROPN" or obj.ent_type_ == "PERSON" or obj.i in excluded:
        return None
    kind = gazetteer.kind(obj.text)
    return obj.doc[obj.i:obj.i + 1] if kind in ("name", "short", "capital", "place") else None


def _with_country(entity: Span) -> Span:
    """"Jaipur, India": the place and the country written after it, one location."""
    doc = entity.doc
    if entity.end + 1 < len(doc) and doc[entity.end].text == ",":
        after = next((e for e in doc.ents if e.start == entity.end + 1
                      and e.label_ == "GPE"), None)
        if after is not None:
            return doc[entity.start:after.end]
    return entity


def _location(place: Span, gazetteer: Gazetteer) -> Location:
    country = gazetteer.code_in(place)
    return Location(text=place.text, start=place.start_char, end=place.end_char,
                    country=country if country and len(country) == 3 and country.isalpha()
                    and country.isupper() and not _is_group_code(country) else None)


def _is_group_code(code: str) -> bool:
    """Organisation codes (IGO, NGO, ...) name no country."""
    return code in {"IGO", "NGO", "MNC", "UNO", "EUR", "AFR", "ASA", "MEA", "WST"}


def dateline_place(dateline: dict[str, Any] | None, gazetteer: Gazetteer) -> Location | None:
    """The dateline's place ("WARSAW, Poland") with its offsets in the story and its country
    (the last part the gazetteer knows: "Poland", else the city)."""
    if not dateline or not dateline.get("place"):
        return None
    place = dateline["place"]
    offset = dateline["text"].find(place)
    if offset < 0:
        return None
    start = dateline["start"] + offset
    country = None
    for part in reversed([p.strip() for p in place.split(",")]):
        code = gazetteer.lookup(part) or gazetteer.lookup(part.title())
        if code is not None and not _is_group_code(code):
            country = code
            break
    return Location(text=place, start=start, end=start + len(place), country=country)

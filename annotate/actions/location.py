"""Where an action happened: the place its clause names, else the story's dateline place.

The clause place is a place entity (spaCy GPE, LOC or FAC, or a country, capital or city of the
gazetteer) in a locative phrase of the trigger, or of the verb governing a nominal trigger:
"talks IN GENEVA", "held talks IN VIENNA", "an airstrike IN THE GAZA STRIP", "clashed NEAR
KHARKIV". Inside the phrase a place noun leads to the place it names: "a rally outside the
embassy IN ANKARA", "the outskirts OF KYIV", "Ukraine's DONETSK region". Setting prepositions
(in, at, near, outside ...) come before "into", and "into" before "from" (verbs only: "aid FROM
JAPAN" names the giver); among places of the same rank, a city before a country.

A definite noun that stands for a country or its capital ("in THE CAPITAL", "across THE
COUNTRY", "in the KENYAN capital") is the location when the clause names no place entity; its
country is the one its own modifier names, else the last one its sentence names before it,
else the dateline's (the story's country); with none of these it is no location.

A place the parse reads as the actor or target is not the location ("ANKARA said", "Russia
attacked UKRAINE", "arrived in AMMAN on a visit": the visit's host). The parties compared are
those read from the parse, before the domestic rules give a group its country's place as a
target ("students rallied in JAKARTA" happened in Jakarta).

The location's text is the entity as the model gives it, without the preposition and without
a lowercase leading "the" ("the Gaza Strip" -> "Gaza Strip", as party texts drop it; "The
Hague" keeps it). Its country is the gazetteer's code for the place, else that of an
apposition ("in Mosul, IRAQ") or of the city a building is in ("outside the Russian Embassy IN
WARSAW"). When the clause names no place, the location is the story's dateline place
("WARSAW, Poland", from ``doc._.annotate_dateline``); its country is the one the region after
the city names ("Poland"), or for a city alone the city's ("MOSCOW"), never a guess from the
city when a region the gazetteer does not know follows it ("PARIS, Texas").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from ..gazetteer import NON_STATE_CODES, Gazetteer
from .action import Location, Party
from .targets import MISSION_NOUNS

_SETTING = ("in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
            "along", "off", "beside")
_RANKS = {**{word: 0 for word in _SETTING}, "into": 1, "from": 2}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_PLACE_KINDS = ("name", "short", "capital", "place")  # gazetteer kinds a place is named by
_NOT_PLACE_KINDS = ("organization", "demonym")
_COUNTRY_KINDS = ("name", "short")  # gazetteer kinds naming a country
# Nouns that lead to the place they name: "the embassy IN ANKARA", "the outskirts OF KYIV",
# "a summit IN BRUSSELS", partitive nouns ("PARTS of Kashmir", "the REST of the country"), and
# nouns of events that happen at a place ("killed 48 people in two ATTACKS IN KANDAHAR").
# Any other noun ("in response TO RUSSIA's ...") leads nowhere.
_PLACE_NOUNS = frozenset("""
city town village capital region province state district county territory border frontier
outskirts suburb suburbs coast shore area zone enclave sector neighborhood neighbourhood
camp base headquarters embassy consulate
building compound palace square street port harbor harbour airport hospital school mosque
church market checkpoint crossing residence office summit meeting conference talks ceremony
session forum part portion rest remainder half
attack raid strike airstrike bombing blast explosion ambush shooting clash fighting battle
offensive assault operation incident violence protest rally demonstration march riot
""".split())
# Definite nouns that stand for a country or its capital, tied to the country the story is
# about: "in THE CAPITAL", "across THE COUNTRY" (not "the city": a city named before)
_NATIONAL_NOUNS = frozenset({"capital", "country", "nation"})
# A mission abroad is named by its owner: "the U.S. embassy", "Russia's consulate".
_OWNER_DEPS = ("compound", "poss", "amod", "nmod")
_INNER_PREPOSITIONS = ("in", "of", "near", "outside", "inside", "at")
_INNER_DEPS = ("compound", "poss", "amod", "nmod", "appos", "conj")
_MAX_DEPTH = 3


class Locator:
    """Finds an action's location; built once per pipeline, with the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def clause_place(self, token: Token, clause_verb: Token, person_at: dict,
                     actor: Party | None, target: Party | None,
                     given: bool = False) -> Location | None:
        """The place the trigger's clause names, not the actor's or target's; None if none.
        Aid ``given`` comes from its from-phrase, wherever the parse hangs it ("Haiti awaits
        aid FROM JAPAN"): that names the giver, never where it happened."""
        taken = [p for p in (actor, target) if p is not None]
        found: list[tuple[int, bool, int, Span]] = []
        attached = _attachments(token, clause_verb)
        for word in attached:
            for prep in (c for c in word.children if c.dep_ == "prep"):
                rank = _RANKS.get(prep.lower_)
                if rank is None or (prep.lower_ == "from" and (word.pos_ != "VERB" or given)):
                    continue
                for pobj in _objects(prep):
                    for span in self._places(pobj, person_at, 0):
                        if not any(_names_party(span, party) for party in taken):
                            # a city, region or building before a country
                            country = self.gazetteer.kind(span.text) in _COUNTRY_KINDS
                            found.append((rank, country, span.start, span))
        if not found:
            return self._national_place(attached)
        span = min(found, key=lambda f: f[:3])[3]
        country = self._country(span)
        if country is None:
            # "in the town of CIZRE in southeastern TURKEY": a place the gazetteer does not
            # know lies in the country the same clause names beside it
            countries = {self._code(f[3].text) for f in found if f[1]} - {None}
            country = countries.pop() if len(countries) == 1 else None
        return Location(text=span.text, start=span.start_char, end=span.end_char,
                        country=country)

    def _national_place(self, attached: list[Token]) -> Location | None:
        """A definite noun that stands for a country or its capital ("in THE CAPITAL", "across
        THE COUNTRY", "in the KENYAN capital"), in a locative phrase of the clause, when it
        names no place itself: the location, whose country is the one its own modifier names,
        else the last country the sentence names before it ("Libyan government in the
        capital"), else the dateline's; None for a possessed noun ("in THEIR country") and
        where no country is found. ``attached``: the clause's words (:func:`_attachments`),
        read once for both kinds of place."""
        for word in attached:
            for prep in (c for c in word.children if c.dep_ == "prep"):
                if prep.lower_ not in _SETTING and prep.lower_ != "into":  # "marched INTO the
                    continue  # capital": the place reached
                for noun in _objects(prep):
                    if noun.lemma_.lower() not in _NATIONAL_NOUNS or not any(
                            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                            c.dep_ == "poss" for c in noun.children):
                        continue
                    start = next(t.i for t in noun.subtree if t.dep_ != "det")
                    span = noun.doc[min(start, noun.i):noun.i + 1]
                    country = self._named_before(span) or self._dateline_country(noun.doc)
                    if country is None:
                        return None  # no country to tie it to: the dateline's place, if any
                    return Location(text=span.text, start=span.start_char, end=span.end_char,
                                    country=country)
        return None

    def _named_before(self, span: Span) -> str | None:
        """The country that a place phrase's own words name ("the KENYAN capital"), else the
        last one its sentence names before it, by name, demonym or capital."""
        sentence = span.root.sent
        code, start = None, sentence.start
        while start < span.end:
            found = self.gazetteer.find(span.doc[start:span.end])
            if found is None:
                break
            phrase = span.doc[found[1]:found[2]].text
            named = self.gazetteer.lookup(phrase)
            if named not in NON_STATE_CODES and self.gazetteer.kind(phrase) != "organization":
                code = named
            start = found[2]
        return code

    def _dateline_country(self, doc: Doc) -> str | None:
        place = self.dateline_place(doc)
        return place.country if place is not None else None

    def dateline_place(self, doc: Doc) -> Location | None:
        """The dateline's place ("WARSAW, Poland") with its country, or None."""
        dateline: dict[str, Any] | None = doc._.annotate_dateline
        if not dateline or not dateline.get("place"):
            return None
        place, start = dateline["place"], dateline["start"]
        if doc.text[start:start + len(place)] != place:
            return None
        city, _, region = (part.strip() for part in place.partition(","))
        code = self.gazetteer.dateline_country(place)
        if code in NON_STATE_CODES or self.gazetteer.kind(region or city) in _NOT_PLACE_KINDS:
            code = None  # as _code: an organisation or a people is no place's country
        return Location(text=place, start=start, end=start + len(place), country=code)

    def _places(self, head: Token, person_at: dict, depth: int) -> list[Span]:
        """The places a phrase's head names: itself, or through a place noun what it names."""
        own = self._place_of(head, person_at)
        if own is not None:
            return [own]
        if depth >= _MAX_DEPTH or head.pos_ != "NOUN" or head.lemma_.lower() not in _PLACE_NOUNS:
            return []
        found: list[Span] = []
        for child in head.children:
            if child.dep_ in _OWNER_DEPS and head.lemma_.lower() in MISSION_NOUNS:
                continue  # "the U.S. EMBASSY" is America's, not in America
            if child.dep_ in _INNER_DEPS:
                place = self._place_of(child, person_at)
                found += [place] if place is not None else []
            elif child.dep_ == "prep" and child.lower_ in _INNER_PREPOSITIONS:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    found += self._places(pobj, person_at, depth + 1)
        return found

    def _place_of(self, token: Token, person_at: dict) -> Span | None:
        """The place entity the token is part of, without a lowercase leading "the"."""
        if token.i in person_at:
            return None
        doc = token.doc
        if token.ent_type_ in _PLACE_LABELS:
            start, end = token.i, token.i + 1
            while doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            span = doc[start:end]
            if self.gazetteer.kind(span.text) in _NOT_PLACE_KINDS:
                return None
        elif token.pos_ == "PROPN":  # a name the model missed or mislabelled ("MOSCOW" as ORG)
            found = self.gazetteer.find(doc[token.left_edge.i:token.i + 1])
            if found is None or not found[1] <= token.i < found[2]:
                return None
            span = doc[found[1]:found[2]]
            if self.gazetteer.kind(span.text) not in _PLACE_KINDS:
                return None
        else:
            return None
        if span[0].text == "the" and len(span) > 1:
            span = span[1:]
        return span

    def _country(self, span: Span) -> str | None:
        """The gazetteer's country for the place, else for its apposition ("Mosul, Iraq")."""
        code = self._code(span.text)
        if code is None:  # "Gaza City", "the Kyiv region": a name inside the place's
            found = self.gazetteer.find(span)
            code = self._code(span.doc[found[1]:found[2]].text) if found is not None else None
        if code is None:
            for child in span.root.children:
                if child.dep_ in ("appos", "conj") and child.i >= span.end:
                    code = self._code(child.text)
                elif child.dep_ == "prep" and child.lower_ in ("in", "near"):
                    # a building's city: "the Russian Embassy IN WARSAW"
                    code = next((self._country(p) for c in child.children if c.dep_ == "pobj"
                                 for p in self._places(c, {}, _MAX_DEPTH)), None)
                if code is not None:
                    break
        return code

    def _code(self, phrase: str) -> str | None:
        """The country code of a place name; None for organisations, peoples and unknowns."""
        code = self.gazetteer.lookup(phrase)
        if code is None or code in NON_STATE_CODES or (
                self.gazetteer.kind(phrase) in _NOT_PLACE_KINDS):
            return None
        return code


def _attachments(token: Token, clause_verb: Token) -> list[Token]:
    """The words whose locative phrases are the action's: the trigger and a verb's direct
    object, and for a noun the verb it is subject or object of, directly or through "of"
    ("held a new round OF talks in ..."), or whose state it names ("remained ON ALERT in")."""
    words = [token]
    if token.pos_ == "VERB":  # "suspended aid deliveries IN BORNO STATE", "declared a state
        words += [c for c in token.children if c.dep_ == "dobj"]  # of siege IN THE TOWN"
        # ... and the state it puts its subject in: "went on STRIKE in Lagos"
        words += [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "on"
                  for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    current = token
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            break
        if current.dep_ in ("dobj", "attr", "oprd", "nsubj", "nsubjpass") and (
                current.head.i == clause_verb.i):
            words.append(clause_verb)
            break
        if current.dep_ == "pobj" and current.head.lower_ in ("on", "under") and (
                current.head.head.i == clause_verb.i):
            # a state the verb puts its subject in: "remained ON ALERT in the West Bank",
            # "went ON STRIKE in Lagos", "came UNDER FIRE in Gaza"
            words.append(clause_verb)
            break
        if not (current.dep_ == "pobj" and current.head.lower_ == "of"):
            break
        current = current.head.head
    return words


def _names_party(span: Span, party: Party) -> bool:
    """The place is the party ("recalled its ambassador from WASHINGTON"), not a place that
    only qualifies the party's phrase ("mediated talks between Israel and Hamas IN CAIRO")."""
    if not (span.start_char < party.end and party.start < span.end_char):
        return False
    token = span.root
    while token.head.i != token.i and party.start <= token.head.idx < party.end:
        token = token.head
        if token.dep_ == "prep":
            return False
    return True


def _objects(prep: Token) -> list[Token]:
    """The objects of a preposition, also through "of" ("outside OF the embassy")."""
    found = [c for c in prep.children if c.dep_ == "pobj"]
    if not found and prep.lower_ in ("outside", "inside"):
        found = [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    return found

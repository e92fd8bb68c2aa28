"""When a place is whom an act is aimed at, and what the place of violence tells of its victims.

Event data codes an act aimed at a country even when the text names only a place there: aid
delivered "in Iraq", a curfew "in Bangkok", airstrikes "in the Gaza Strip" are aimed at the
place's country, and a summit abroad is hosted by it. Victims of violence the text gives no
country are the people of the place it happened ("killed 12 civilians in Mali"). This module
holds those rules; where the clause's place is found is :mod:`.location`'s concern.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .action import Location, Party, words_of
from .lexicon import TriggerRule

# Acts aimed at the people of a place: aid (07), a show of force there (15: troops put on
# alert or deployed IN or TO it), cutting aid (16), coercion such as curfews and sieges (17)
# and attacks (18 to 20), and the military de-escalation that ends them (087:
# ceasefires, withdrawals, demobilisation). A meeting, an agreement or a protest in a city is
# not aimed at the city. The act counts as if it happened: a threatened curfew (13) is aimed at
# the place as the curfew would be.
_PLACE_TARGET_ROOTS = {7, 15, 16, 17, 18, 19, 20}
_PLACE_TARGET_CODES = ("087",)
# What one seeks in a host country ("sought REFUGE in Bangladesh": asked of Bangladesh).
_SHELTER_NOUNS = frozenset({"asylum", "refuge", "sanctuary", "shelter", "protection"})
# Violence (roots 18-20) against people the text gives no country: they are the people of the
# place it happened, as CAMEO codes "killed 12 civilians in Mali" (MLICVL); people who are
# there from elsewhere are not.
VIOLENCE_ROOTS = {18, 19, 20}
_OUTSIDERS = frozenset({"foreigner", "tourist", "migrant", "refugee", "visitor", "expatriate",
                        "pilgrim", "immigrant", "traveler", "traveller", "passenger", "diplomat",
                        "peacekeeper"})


# Bodies of water (WordNet 3.0 body_of_water.n.01 hyponyms that wire copy names): where a
# missile fell or troops crossed, never whom an act reached ("fired a missile INTO THE SEA",
# "moved troops across THE BLACK SEA"); a state's waters are its own ("entered PHILIPPINE
# waters": the country word names the party).
_WATERS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "lake", "river",
                     "channel", "lagoon", "estuary"})


def open_water(word: Token) -> bool:
    """The word is a body of water with no country word among its modifiers."""
    return word.lemma_.lower() in _WATERS and not any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP")
        for c in word.children)


def aims_at_place(root: int, rule: TriggerRule) -> bool:
    """Acts of this root or row are aimed at the place they happen in."""
    return root in _PLACE_TARGET_ROOTS or rule.cameo.startswith(_PLACE_TARGET_CODES)


def hosted(root: int, rule: TriggerRule, used: list[Token], actor: Party | None,
           place: Location) -> bool:
    """The place hosts the act of one party: a meeting or summit abroad (a visit to the host,
    as CAMEO codes travel for a meeting; talks of two parties are between them), or refuge
    sought in a country."""
    if root == 4:
        return (actor is not None and actor.country is not None and place.country is not None
                and place.country != actor.country)
    return rule.cameo.startswith("023") and any(u.lemma_.lower() in _SHELTER_NOUNS for u in used)


def open_water_place(doc: Doc, place: Location) -> bool:
    """The place is a body of water (:func:`open_water`): where, never whom."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and open_water(span.root)


def place_party(place: Location) -> Party:
    """A location as a party: the place an act is aimed at or hosted by."""
    return Party(text=place.text, start=place.start, end=place.end, country=place.country,
                 person=None)


def of_place(doc: Doc, target: Party, place: Location) -> Party:
    """Victims the text gives no country take the country of the place of the violence
    ("killed 12 civilians IN MALI"), unless they are from elsewhere ("tourists"); so do the
    things attacked there ("struck targets IN GAZA", "shelled positions near Kharkiv")."""
    if target.country is not None or target.person is not None:
        return target
    span = words_of(doc, target)
    head = span.root if span is not None else None
    if head is None or head.lemma_.lower() in _OUTSIDERS or head.ent_type_ in (
            "PERSON", "NORP", "ORG"):
        return target
    return replace(target, country=place.country)

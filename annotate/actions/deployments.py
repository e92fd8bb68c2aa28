"""Forces sent to another country: CAMEO 074 (aid) when they come to help, 192 (entry by force)
when they go in against the country's will.

CAMEO 074 codes peacekeeping and the provision of military personnel to protect another
country (PLOVER AID); the lexicon already codes peacekeepers sent anywhere so, while troops
sent or deployed without a destination are a mobilisation (154). This module gives two
pseudo-objects that tell these apart for a verb of sending whose direct object is armed forces,
peacekeepers or police (a ``military`` group of models/actions_domestic.tsv, a peacekeep- word,
plural "forces", police or police officers, also what a number or unit counts) and whose
to- or into-phrase names a country by its name, which is not the country of the verb's subject:

- ``force:to``: sent TO the country ("Kenya sent 400 police officers TO HAITI"; not "sent
  troops to the border", "to Ukraine's border" or "sent police to the capital"): help, 074.
- ``force:into``: forces, tanks or artillery sent INTO the country ("sent troops INTO
  Ukraine", "sent tanks across the border INTO Georgia"), or sent TO it with a hostile aim
  beside the verb: a purpose of invasion ("to INVADE", "to OVERTHROW its government"), "in an
  INVASION", "as part of an OFFENSIVE", "WITHOUT the consent of", or a purpose of fighting the
  destination itself ("to fight the Syrian ARMY"). CAMEO 192 lists "enter (by force)" with
  invade and occupy; the lexicon codes an invasion 192 ASSAULT (its convention 4).
  The linguistic cue: "into" names the crossing of a border (a movement into a bounded place),
  where "to" names a destination the sender serves; an entry the host asked for is said so
  ("AT THE REQUEST of", "at the INVITATION of", "WITH THE CONSENT of", "to HELP ...", "on a
  PEACEKEEPING mission"), and then forces sent into a country are 074 as forces sent to it;
  forces sent into a country with another aim ("to EVACUATE its citizens") are left to the
  other rows (a show of force, 154).
- ``force:entered``: the forces or heavy arms of a named country are the subject of a verb of
  movement into another country ("Russian TANKS ROLLED INTO Ukraine", "Turkish troops CROSSED
  INTO Syria", "Ethiopian troops ENTERED Somalia"): the same entry by force (192).
- ``force:strike``: forces or arms (jets, drones, missiles, warships) sent with a purpose of
  violence, an infinitive whose verb has a lexicon row of roots 18-20 ("sent fighter jets TO
  DESTROY the reactor", "sent drones TO ATTACK militants"): the sending is the armed attack,
  CAMEO 190 (use of conventional military force), not arms aid (072) or a show of force (154).
  Only where no other country is named as the destination: "sent troops TO NIGER to fight
  militants" serves Niger (force:to). Its target is the purpose's object, not the arms sent.
- ``force:means``: the same, where the purpose's own verb is coded as violence ("sent bombers
  TO STRIKE rebel positions"): the strike is the event and the sending its means, no event of
  its own (one attack, not an attack and a show of force).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from . import parties, phrases

# police nouns of models/actions_domestic.tsv, and what a compound makes police ("POLICE
# officers")
_POLICE = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie"})
# heavy arms that cross a border with an army ("sent TANKS into"); sent TO a country they are
# arms aid (the 072 rows)
_HEAVY_ARMS = frozenset({"tank", "artillery", "howitzer", "armor", "armour"})
_COUNTRY_KINDS = ("name", "short")
# arms that strike by themselves, as the lexicon's sending rows list them ("sent JETS to bomb")
_STRIKING_ARMS = _HEAVY_ARMS | frozenset({
    "weapon", "missile", "rocket", "jet", "fighter", "drone", "helicopter", "aircraft",
    "plane", "bomber", "warplane", "warship", "gunship", "destroyer", "frigate", "submarine"})
# what says the host asked for the forces: "AT THE REQUEST of", "with the CONSENT of"
_CONSENT_NOUNS = frozenset({"request", "invitation", "behest", "consent", "approval",
                            "permission", "blessing"})
# a purpose of help: "sent troops into Mali TO HELP the government"
_HELP_VERBS = frozenset({"help", "support", "assist", "aid", "defend", "protect", "bolster"})
# a purpose or frame of entry by force: "TO INVADE", "in an INVASION", "as part of an OFFENSIVE"
_HOSTILE_VERBS = frozenset({"invade", "occupy", "annex", "overthrow", "topple", "conquer",
                            "seize", "capture"})
_HOSTILE_NOUNS = frozenset({"invasion", "occupation", "annexation", "incursion", "offensive",
                            "aggression"})
_FIGHT_VERBS = frozenset({"fight", "attack", "battle", "strike"})
# what stands for the destination's state as the object of a fight ("fight the Syrian ARMY")
_STATE_HEADS = frozenset({"government", "army", "force", "military", "troop", "regime"})


# the keys read off a verb's receivers: party:to (triggers.py) and those deployment_keys gives
RECEIVER_KEYS = frozenset({"party:to", "force:to", "force:into", "force:strike", "force:means"})


def deployment_keys(verb: Token, direct: list[Token], receivers: list[Token],
                    is_force: Callable[[Token], bool], gazetteer: Gazetteer,
                    violent: Callable[[Token], str | None] = lambda verb: None) -> set[str]:
    """``{"force:to"}`` when the verb sends forces or police to help another country,
    ``{"force:into"}`` when it sends forces or heavy arms into it against its will,
    ``{"force:strike"}`` when it sends forces or arms to do violence, ``{"force:means"}``
    when that violence is coded by its own verb (see the module docstring; ``violent`` says
    "event" for a verb a lexicon row of violence codes, "act" for one whose rows are violence
    but none applies, else None), else an empty set."""
    armed = any(is_force(d) or _is_police(d) or _is_forces(d) for d in direct)
    heavy = any(parties.counted(d).lemma_.lower() in _HEAVY_ARMS for d in direct)
    striking = armed or any(parties.counted(d).lemma_.lower() in _STRIKING_ARMS for d in direct)
    if not striking:
        return set()
    home = {gazetteer.code_in(phrases.noun_phrase_of(s)) for s in parties.subjects_of(verb)}

    def foreign(words: list[Token]) -> list[str]:
        return [code for code in (_country(w, gazetteer) for w in words)
                if code is not None and code not in home]

    entered = foreign(parties.pobjs_of(verb, ("into",)))
    kinds = {violent(p) for p in _purposes(verb)} if not (
        entered or foreign(receivers) or _consented(verb)) else set()
    if "event" in kinds:  # "sent bombers TO STRIKE rebel positions": the strike is the event
        return {"force:means"}
    if "act" in kinds:  # "sent fighter jets TO DESTROY the reactor"; sent TO a country to
        return {"force:strike"}  # fight someone there, they serve it (force:to)
    if not armed and not heavy:
        return set()
    if entered:
        if _consented(verb):
            return {"force:to"} if armed else set()
        purposes = _purposes(verb)
        if purposes and not _hostile(verb, entered, gazetteer):
            return set()  # "sent troops into Sierra Leone TO EVACUATE its citizens"
        return {"force:into"}
    destinations = foreign(receivers) if armed else []
    if not destinations:
        return set()
    return {"force:into"} if _hostile(verb, destinations, gazetteer) else {"force:to"}


def entry_keys(verb: Token, is_force: Callable[[Token], bool], gazetteer: Gazetteer) -> set[str]:
    """``{"force:entered"}`` when the verb's subject is armed forces or heavy arms of a named
    country that move into another country, named by the verb's into-phrase or, for "enter",
    its object ("Russian TANKS rolled INTO UKRAINE", "Ethiopian TROOPS ENTERED SOMALIA"),
    with neither consent nor another aim said: entry by force, as ``force:into``."""
    forces = [s for s in parties.subjects_of(verb) if is_force(s) or _is_forces(s)
              or parties.counted(s).lemma_.lower() in _HEAVY_ARMS]
    homes = {gazetteer.code_in(phrases.noun_phrase_of(s)) for s in forces} - {None}
    if not homes:
        return set()
    places = parties.pobjs_of(verb, ("into",)) + (
        [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "enter" else [])
    entered = [code for code in (_country(p, gazetteer) for p in places)
               if code is not None and code not in homes]
    if not entered or _consented(verb) or (
            _purposes(verb) and not _hostile(verb, entered, gazetteer)):
        return set()
    return {"force:entered"}


def _is_police(head: Token) -> bool:
    """Police or police officers, also as what a number or unit counts."""
    for word in (head, *parties.pobjs_of(head, ("of",))):
        if word.lemma_.lower() in _POLICE or any(
                c.dep_ == "compound" and c.lemma_.lower() in _POLICE for c in word.children):
            return True
    return False


def _is_forces(head: Token) -> bool:
    """Plural "forces" ("sent FORCES into"; a singular "force" may be a task force or a
    police force, and is left to the lists)."""
    return head.lemma_.lower() == "force" and head.tag_ == "NNS"


def _purposes(verb: Token) -> list[Token]:
    """The verbs of the verb's purpose clauses ("sent troops TO HELP", "to INVADE")."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _frame_nouns(verb: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the verb's phrases with these prepositions, and of "as part of"."""
    nouns = parties.pobjs_of(verb, prepositions)
    return nouns + [o for part in parties.pobjs_of(verb, ("as",))
                    if part.lemma_.lower() == "part" for o in parties.pobjs_of(part, ("of",))]


def _consented(verb: Token) -> bool:
    """The host asked for or agreed to the forces: "AT THE REQUEST of the government",
    "with the CONSENT of", "upon INVITATION", or they came "TO HELP", or to keep the peace
    ("on a PEACEKEEPING mission", "as part of a PEACEKEEPING force")."""
    subjects = {t.i for s in parties.subjects_of(verb) for t in s.subtree}
    return any(n.lemma_.lower() in _CONSENT_NOUNS
               for n in parties.pobjs_of(verb, ("at", "with", "upon", "on"))) or any(
        p.lemma_.lower() in _HELP_VERBS for p in _purposes(verb)) or any(
        t.lemma_.lower().startswith("peacekeep") for t in verb.subtree if t.i not in subjects)


def _hostile(verb: Token, destinations: list[str], gazetteer: Gazetteer) -> bool:
    """Forces sent to a country with a hostile aim: to invade or overthrow, in an invasion,
    without its consent, or to fight its own state ("to fight the Syrian ARMY")."""
    if _consented(verb):
        return False
    purposes = _purposes(verb)
    if any(p.lemma_.lower() in _HOSTILE_VERBS for p in purposes):
        return True
    if any(n.lemma_.lower() in _HOSTILE_NOUNS for n in _frame_nouns(verb, ("in", "for"))):
        return True
    if any(n.lemma_.lower() in _CONSENT_NOUNS for n in parties.pobjs_of(verb, ("without",))):
        return True
    return any(_names_state(o, destinations, gazetteer)
               for p in purposes if p.lemma_.lower() in _FIGHT_VERBS
               for o in p.children if o.dep_ == "dobj")


def _names_state(word: Token, codes: list[str], gazetteer: Gazetteer) -> bool:
    """The phrase names one of these countries or its state's forces ("fight UKRAINE", "the
    Syrian ARMY"), not a group in it ("Malian jihadists")."""
    code = _country(word, gazetteer)
    if code is not None:
        return code in codes
    return word.lemma_.lower() in _STATE_HEADS and gazetteer.code_in(
        phrases.noun_phrase_of(word)) in codes


# a part of a country named by a direction ("into NORTHERN Syria")
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "northeastern",
                         "northwestern", "southeastern", "southwestern", "north", "south",
                         "east", "west"})


def _country(word: Token, gazetteer: Gazetteer) -> str | None:
    """The code of the country a to- or into-phrase's object names by its name ("to HAITI",
    "to the CENTRAL AFRICAN REPUBLIC", "into northern SYRIA"); None for anything else, or a
    name that is only a modifier ("to Ukraine's border")."""
    start = next((t.i for t in word.subtree if t.dep_ not in ("det", "punct")), word.i)
    for first in (start, start + 1):
        if first > word.i or first > start and word.doc[start].lower_ not in _DIRECTIONS:
            break
        phrase = word.doc[first:word.i + 1].text
        if gazetteer.kind(phrase) in _COUNTRY_KINDS:
            code = gazetteer.lookup(phrase)
            return None if code == "IGO" else code
    return None

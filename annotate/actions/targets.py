"""At whom an action is aimed: the target candidates of a trigger, read from the parse.

Objects, with/to/on/against phrases, the recipient of a transfer, the party whose request or
decision a verb answers, the subject of a clause the trigger governs, the object of an attack's
"targeting" participle. The actions layer picks among them (:mod:`.aims`), and reads whom a
verbal act addresses or a protest's demand names in :mod:`.further_targets`; this module only
reads the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from .adjuncts import setting_or_means
from .event_objects import in_object_of, made_into, undergone
from .frames import asked_to_act
from .objects import is_infinitive, is_money, pobjs_of, recipients_of, shared_passive_subjects
from .parties import (
    MEDIATION_NOUNS,
    NOT_PARTIES,
    counted,
    is_relative,
    subjects_of,
)
from .phrases import coordinated, misjoined
from .target_kinds import TargetKinds
from .wordclasses import PROPOSAL_NOUNS, RELATING_VERBS, feeling_verbs

MISSION_NOUNS = frozenset({"embassy", "consulate", "legation"})  # named by their owner
_AT_PLACE = ("outside", "at", "near", "in", "inside", "on", "against", "into")  # "from" names whom a withdrawal or seizure concerns

# Verbs of motion (WordNet travel.v.01 "change location; move, travel, or proceed" and its
# hyponyms that wire copy codes): a common place noun their into/to/toward phrase names is
# where the movement went, the action's location, not a party ("protesters marched INTO THE
# CAPITAL"); a phrase that names a party still does ("marched to the U.S. EMBASSY").
_MOTION_VERBS = frozenset({"march", "parade", "walk", "move", "roll", "advance", "pour", "push",
                           "flock", "stream", "converge", "head", "travel", "trek", "flee",
                           "return", "drive", "come", "go", "surge", "swarm", "file"})
_PATH_PREPOSITIONS = ("into", "to", "toward", "towards")
_REACHED_PLACES = frozenset("""
city town village capital region province district county territory outskirts suburb suburbs
coast area zone neighborhood neighbourhood street streets square centre center palace building
compound downtown
""".split())

# Verbs of aiming an attack: "a raid TARGETING rebel commanders", "strikes AIMED AT depots".
_TARGETING_VERBS = {"target", "hit", "aim", "strike"}

# Nouns of a setting, not a party: "met ON THE SIDELINES of the summit", "on the EVE of".
_SETTING_NOUNS = {"sideline", "sidelines", "margin", "margins", "eve", "occasion", "side",
                  "behalf",  # "on BEHALF of the allies": for whom, not at whom
                  # "at the END of the summit": when, not with whom
                  "end", "start", "beginning", "close", "conclusion", "outset", "height",
                  # "meet AT A DATE to be agreed": when; "expulsions OF ITS OWN": whose
                  "date", "own"}


# Verb-object idioms whose object is part of the verb, never a party: "the raid TOOK PLACE on
# Sunday", "the sanctions TOOK EFFECT".
_IDIOMS = frozenset({("take", "place"), ("take", "effect"), ("take", "hold"), ("take", "shape"),
                     ("take", "root")})


def target_candidates(token: Token, clause_verb: Token, used: list[Token],
                      kinds: TargetKinds) -> list[Token]:
    """Possible targets in order of preference: objects, then with/to/on/against phrases, then
    the objects of an infinitive the trigger governs ("refused to allow U.N. PLANES"). The
    ``kinds`` of act (:class:`.target_kinds.TargetKinds`) change that order. For a
    withdrawal or seizure (``source``), the "from" phrase of the trigger or of its object names
    the party withdrawn from or seized from ("withdraw its troops FROM LEBANON", "confiscated
    weapons FROM PALESTINIAN GROUPS"), after the objects themselves. With a ``partner`` (a
    meeting, cooperation) the with-phrase comes first; for an act of ``force`` an event noun
    that is a subject hits the object of its verb ("artillery FIRE hit THE TOWN"). For a
    ``transfer`` ("returned the statue TO GREECE") the recipient comes first, also where the
    parse hung it inside the object (:func:`recipients_of`). For aid given for a ``purpose``,
    and for weapons used for one, the object of the purpose infinitive comes last ("gave money
    to support FARMERS", "opened fire to disperse THE CROWD"). An
    attack or a protest (``protest``) at an embassy is aimed at the country it belongs to. A
    ``mediation`` is aimed at the parties its object is between; a ``weapon`` the verb's
    object names at what its at-phrase names ("fired tear gas AT THE CROWD"). An ``appeal``
    that asks its object to act is aimed at the object, not at a party of the infinitive
    ("urged SOMALI REFUGEES to return to Somalia"). Aid ``given`` comes FROM its giver, so a
    noun's from-phrase names no target ("donations FROM IRELAND"). The of-phrase of an
    administrative ``measure`` names its kind ("a state OF SIEGE"), no one it binds. A verb
    of an act aimed at its object (``shared``) with no object of its own shares the object of
    the verb conjoined after it ("police ARRESTED and charged THREE MEN")."""
    found: list[Token] = []
    used_ids = {u.i for u in used}
    places = ("in",) if kinds.visit else ()  # a visit's host: "arrived IN AMMAN on a visit"
    if undergone(token, clause_verb):  # "IRAN faces criticism": who undergoes it
        found += subjects_of(clause_verb)
    if kinds.partner:  # "shared evidence WITH INDIA"
        found += pobjs_of(token, ("with",)) + pobjs_of(clause_verb, ("with",))
    if kinds.mediation and token.pos_ == "VERB":  # "brokered a truce BETWEEN ISRAEL AND HAMAS",
        # "offered to mediate BETWEEN KYIV AND MOSCOW" (the infinitive or its consumed verb)
        objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp")] + list(used)
        found += [p for word in (token, *objects) for p in pobjs_of(word, ("between", "among"))]
    if kinds.transfer and token.pos_ == "VERB":
        found += recipients_of(token)
    if token.pos_ == "VERB":
        found += proposers_of(token, used)
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        found += [c for c in token.children
                  if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
        found += shared_passive_subjects(token)  # "were detained and BEATEN": who was
        if kinds.shared and not passive and not any(
                c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in token.children):
            # "police ARRESTED and charged THREE MEN", "rebels abducted and killed FOUR AID
            # WORKERS": transitive verbs conjoined before one object share it (Quirk et al.
            # 1985, 13.71); the later verb has no subject of its own
            found += [c for verb in token.children if verb.dep_ == "conj"
                      and verb.pos_ == "VERB" and not any(
                          s.dep_ in ("nsubj", "nsubjpass") for s in verb.children)
                      for c in verb.children if c.dep_ == "dobj"]
        # "called THE AMBASSADOR a stupid man", parsed with the object as the predicate
        found += [c for c in token.children if c.dep_ == "oprd" and any(
            a.dep_ == "appos" for a in c.children)]
        # "at" names at whom an attack or a word is aimed ("fired AT the convoy"); for a
        # meeting it names the venue or occasion ("met AT a summit in Geneva")
        reached = set() if kinds.force or token.lemma_.lower() not in _MOTION_VERBS else {
            p.i for p in pobjs_of(token, _PATH_PREPOSITIONS)
            if p.lemma_.lower() in _REACHED_PLACES}  # "marched INTO THE CAPITAL": where to
        found += [p for p in pobjs_of(token, ("with", "to", "on", "against", "toward", "towards",
                                              "into")
                                    + (() if kinds.partner else ("at",)) + places)
                  if p.i not in reached]
        for verb in (c for c in token.children if c.dep_ == "xcomp"):
            found += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            found += pobjs_of(verb, ("with", "to", "on", "against", "toward", "towards"))
            # "refused to allow AN ETHIOPIAN PLANE to land": whom the infinitive lets or makes act
            found += [c for clause in verb.children if clause.dep_ in ("ccomp", "xcomp")
                      for c in clause.children if c.dep_ == "nsubj"]
        # "welcomed PUTIN to mediate", "urged IRAN to return": the subject of a clause the
        # verb governs is whom the act is aimed at
        found += [c for clause in token.children if clause.dep_ in ("ccomp", "xcomp")
                  and is_infinitive(clause) for c in clause.children if c.dep_ == "nsubj"]
        # "found THE BISHOP guilty": the subject of a small clause the verb governs
        found += [c for clause in token.children if clause.dep_ in ("ccomp", "oprd")
                  and clause.pos_ == "ADJ" for c in clause.children if c.dep_ == "nsubj"]
    else:
        if token.lemma_.lower() in MEDIATION_NOUNS:  # "a mediation BETWEEN X and Y"
            found += pobjs_of(token, ("between",))
        # "police ARREST 20 PROTESTERS" read as a noun: a noun with a direct object is a verb
        found += [c for c in token.children if c.dep_ == "dobj"]
        found += pobjs_of(token, ("of", "on", "against", "with", "to", "into", "over")
                          + (() if kinds.given else ("from",)) + ("toward", "towards") + places
                          + (("for",) if token.lemma_.lower() == "warrant" else ()))
        if kinds.given:  # "a loan FOR KENYA", "aid for Ukraine": a named party aid is for
            found += [p for p in pobjs_of(token, ("for",)) if p.ent_type_ in _NAMED_PARTIES]
        if token.dep_ == "nsubj" and kinds.force and (  # "artillery FIRE hit THE TOWN", "the
                token.head.lemma_.lower() not in RELATING_VERBS  # STRIKE killed SIX"; not
                and token.head.lemma_.lower() not in feeling_verbs()):
            # "the incursion MARKS a new phase": a verb relating events hits nobody; "the
            # arrest ANGERED KENYA": the object of a verb of feeling feels, and is not hit
            found += [c for c in token.head.children if c.dep_ in ("dobj", "attr")
                      and token.head.lemma_.lower() != "be"
                      and (token.head.lemma_.lower(), c.lemma_.lower()) not in _IDIOMS]
        # "used VILLAGERS as human shields": whom the subject makes into what it names
        found += made_into(token, clause_verb)
        if clause_verb.i != token.i and in_object_of(token, clause_verb):
            # "GAVE THE IVORY COAST 5 million dollars of aid", "held talks WITH ..."
            found += [c for c in clause_verb.children if c.dep_ == "dative"]
            found += pobjs_of(clause_verb, ("with", "to", "on", "against", "toward", "towards")
                            + places)
    for item in used:  # "imposed sanctions ON RUSSIA", "refused to meet THE ENVOYS"
        found += [c for c in item.children if c.dep_ == "dobj"]
        found += pobjs_of(item, ("on", "against", "with", "to", "from", "toward", "for")
                          + (() if kinds.measure else ("of",))
                          + (("at",) if kinds.weapon else ()))  # "fired tear gas AT students"
        # "lifted sanctions IMPOSED ON INDIA": the participle that says whom it was aimed at
        found += [p for c in item.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  for p in pobjs_of(c, ("on", "against", "to"))]
    if kinds.source:
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + [
            c for verb in token.children if verb.dep_ == "xcomp"
            for c in verb.children if c.dep_ == "dobj"] + found + list(used)
        found += pobjs_of(token, ("from",)) + [
            p for verb in token.children if verb.dep_ == "xcomp" for p in pobjs_of(verb, ("from",))]
        found += [p for item in dict.fromkeys(objects) for p in pobjs_of(item, ("from",))]
    if kinds.force:  # "carried out a raid, TARGETING rebel commanders": whom a strike hit
        for word in {token, clause_verb}:
            for clause in (c for c in word.children if c.dep_ in ("advcl", "acl", "xcomp")
                           and c.lemma_.lower() in _TARGETING_VERBS):
                found += [c for c in clause.children if c.dep_ == "dobj"]
                found += pobjs_of(clause, ("at",))
    if kinds.force or kinds.protest:  # "bombs exploded outside THE U.S. embassy": its owner
        found += _mission_owners(token) + _mission_owners(clause_verb)
    if kinds.purpose and token.pos_ == "VERB":
        # "gave 50 million euros TO SUPPORT FARMERS in Ethiopia": whom aid is meant for;
        # "opened fire TO DISPERSE THE CROWD": at whom the weapons were used
        for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp")
                       and is_infinitive(c)):
            found += [c for c in clause.children if c.dep_ == "dobj"]
            # "sent troops to help NIGER fight militants": whom the help is for
            found += [c for inner in clause.children if inner.dep_ in ("ccomp", "xcomp")
                      for c in inner.children if c.dep_ == "nsubj"]
    # A consumed object is the target only as a last resort, and only when it names someone
    # ("expelled U.S. DIPLOMATS"), never as a thing ("imposed SANCTIONS").
    # A modifier of the trigger its row consumed ("a MILITARY operation", "AIR strikes") is
    # what kind of act it is, never whom it is aimed at.
    found = [t for t in found if t.i not in used_ids] + [
        t for t in used if t.pos_ != "VERB"
        and not (t.dep_ in ("amod", "compound") and t.head.i == token.i)]
    # "sent observers TO Georgia" parsed as a dative: the party is the preposition's object
    found = [o for t in found for o in ([g for g in t.children if g.dep_ == "pobj"]
                                         if t.pos_ == "ADP" else [t])]
    # "fired tear gas at STUDENTS marching": a phrase whose object is a clause names its subject
    found = [o for t in found for o in ([g for g in t.children if g.dep_ == "nsubj"]
                                         if t.pos_ == "VERB" and t.dep_ in ("pobj", "pcomp")
                                         else [t])]
    found = [t for head in found for t in coordinated(head) if not misjoined(t)] + [
        # "a visit to ZIMBABWE, President Ruiz": what the phrase named before the comma
        c for head in found if misjoined(head) for c in head.children
        if c.dep_ in ("nmod", "compound") and c.ent_type_ in ("GPE", "ORG", "NORP")
        and any(t.text == "," for t in head.doc[c.i:head.i])]
    found = [counted(t) for t in found]
    # "fined GOOGLE 2.4 billion euros": the parse hung the first of two objects on the amount
    found = [o for t in found for o in ([c for c in t.children if c.dep_ == "nmod" and c.i < t.i
                                          and c.pos_ == "PROPN"] if is_money(t) else [t])]
    asked = asked_to_act(token) if kinds.appeal else []
    if asked:
        inside = {t.i for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                  and is_infinitive(c) for t in c.subtree}
        found = asked + [t for t in found if t.i not in inside and t not in asked]
    return [t for t in found if t.ent_type_ not in NOT_PARTIES and not is_money(t)
            and t.lemma_.lower() not in _SETTING_NOUNS
            and not setting_or_means(t, kinds.munitions)
            and not is_relative(t) and t.pos_ != "VERB"]


# Entity types of a named party: a country, an organisation, a nationality, a person.
_NAMED_PARTIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _mission_owners(word: Token) -> list[Token]:
    """The owner of an embassy or consulate the word's locative phrase names: "outside THE
    U.S. embassy", "at RUSSIA'S consulate", "near the embassy OF FRANCE"."""
    found: list[Token] = []
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in _AT_PLACE):
        for mission in (g for g in prep.children if g.dep_ == "pobj"
                        and g.lemma_.lower() in MISSION_NOUNS):
            found += [c for c in mission.children if c.dep_ in ("compound", "poss", "amod")]
            found += pobjs_of(mission, ("of",))
    return found


def proposers_of(verb: Token, used: list[Token]) -> list[Token]:
    """The "by"/"from" party of a request or offer the verb acts on: its direct object or
    passive subject, the object of its "to" phrase ("conceded TO DEMANDS from X"), the same of
    an infinitive it governs ("refused to respond to a DEMAND from X"), or an object its row
    consumed."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + pobjs_of(verb, ("to",))
    for inner in (c for c in verb.children if c.dep_ == "xcomp"):
        nouns += [c for c in inner.children if c.dep_ == "dobj"] + pobjs_of(inner, ("to",))
    nouns += used
    found: list[Token] = []
    for noun in dict.fromkeys(n for head in nouns for n in (head, *head.conjuncts)):
        if noun.pos_ == "NOUN":
            # the agent of any event the verb acts on: "condemned a protest BY FARMERS",
            # "welcomed the release BY IRAN of ..."
            found += [p for p in pobjs_of(noun, ("by",)) if p.pos_ in ("NOUN", "PROPN")]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in PROPOSAL_NOUNS:
            # "calls BY X", "demands FROM X", "the demands OF THE DRIVERS", "X's demand",
            # "U.S. calls": who made it
            found += [p for p in pobjs_of(noun, ("from", "of")) if p.pos_ in ("NOUN", "PROPN")]
            found += [c for c in noun.children if c.i < noun.i and (
                c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "compound" and c.pos_ == "PROPN")]
    return found

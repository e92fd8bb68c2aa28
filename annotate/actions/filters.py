"""Which coded actions are kept: those with a party, not done by a mishap, not a country's
act against itself where that cannot be, not the scene-setting clause of a sentence that
reports an event of its own, not a dateline the parse made one more subject, and not aimed at
the words that name its own actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..gazetteer import load_gazetteer
from .action import Action, offsets, words_of
from .events import in_scene
from .forces import without_company_forces
from .mishaps import is_mishap
from .nonevents import without_nonevents

# Expelling diplomats (161) or international missions (166x) and imposing sanctions (163) are
# done to another country: with one country on both sides, a party was resolved wrongly.
# Deporting people (174) is not among them: a state deports its residents too, and the domestic
# rules give a civil group the government's country.
_FOREIGN_ONLY = ("161", "163", "166")


def against_itself(action: Action) -> bool:
    """An expulsion or sanction whose two sides are the same country, unless the text says so
    ("its own citizens")."""
    return (action.cameo.startswith(_FOREIGN_ONLY) and action.actor is not None
            and action.target is not None and action.actor.country is not None
            and action.actor.country == action.target.country
            and "own" not in action.target.text.lower().split())


def by_mishap(doc: Doc, action: Action) -> bool:
    """An act whose actor is a storm, a crash or an illness ("the STORM forced the
    cancellation of the summit"): nobody's act (see mishaps.py for the violence verbs)."""
    if action.actor is None or action.actor.country or action.actor.person:
        return False
    span = words_of(doc, action.actor)
    return span is not None and is_mishap(span.root)


def nobody(action: Action) -> bool:
    """An act with neither an actor nor a target in its sentence: a mention of an event
    ("the fighting", "donations poured in"), not a report of who did what to whom. Event data
    codes an event only with a party; such a mention says nothing an analyst can count."""
    return action.actor is None and action.target is None


def without_scene(doc: Doc, actions: list[Action]) -> list[Action]:
    """The actions of a sentence without those of its scene-setting clauses ("after rebels
    seized the town", "the farmers who stormed a court"), when the sentence reports an event of
    its own; a sentence whose only events are in such clauses keeps them."""
    scene = {id(a) for a in actions if in_scene(doc[a.token])}
    if not scene:
        return actions
    told = {doc[a.token].sent.start for a in actions if id(a) not in scene}
    return [a for a in actions if id(a) not in scene or doc[a.token].sent.start not in told]


# What ends a dateline's place: "KABUL (Pajhwok) :", "ALGIERS, Algeria -", "BEIJING:".
_DATELINE_ENDS = ("(", ",", ":", "-", "\u2013", "\u2014", "_")
_CITY_KINDS = ("capital", "place")  # the gazetteer's kinds of a city or town


def is_dateline_party(doc: Doc, action: Action) -> bool:
    """The actor is the place of a dateline opening the sentence, a city written in capitals
    ("KABUL (Pajhwok) : The Taliban condemned", "ALGIERS, Algeria - Police have arrested"),
    which the parse took for a subject (AP and Reuters style write a dateline's city in
    capitals; a subject is not set off by a bracket, a dash or a colon). An organisation in
    capitals stays ("NATO, the EU and the U.S. condemned")."""
    span = words_of(doc, action.actor)
    if span is None or not span.text.isupper() or span.start != span.sent.start or (
            load_gazetteer().kind(span.text) not in _CITY_KINDS):
        return False
    return doc.text[span.end_char:].lstrip().startswith(_DATELINE_ENDS)


def without_datelines(doc: Doc, actions: list[Action]) -> list[Action]:
    """The actions less those whose actor is a dateline's place, when the same trigger has an
    action with another actor (the subject the dateline was joined to)."""
    dateline = {id(a) for a in actions if is_dateline_party(doc, a)}
    if not dateline:
        return actions
    others = {a.token for a in actions if id(a) not in dateline and a.actor is not None}
    return [a for a in actions if id(a) not in dateline or a.token not in others]


def not_self_aimed(actions: list[Action]) -> list[Action]:
    """The actions less those aimed at the very words that name their actor ("Kenya and
    Uganda attended the summit" read as Kenya's summit with Kenya): such an action loses its
    target, and goes when the same trigger and actor have an action with another target."""
    def self_aimed(action: Action) -> bool:
        return action.actor is not None and offsets(action.actor) == offsets(action.target)

    aimed = {(a.token, offsets(a.actor)) for a in actions if a.target is not None
             and not self_aimed(a)}
    return [replace(a, target=None) if self_aimed(a) else a for a in actions
            if not self_aimed(a) or (a.token, offsets(a.actor)) not in aimed]


def without_slips(doc: Doc, actions: list[Action]) -> list[Action]:
    """The actions less what the parse's slips made of them: a dateline taken for a subject
    (:func:`without_datelines`), an act aimed at its own actor (:func:`not_self_aimed`) and a
    force posture shown by a company (:func:`.forces.without_company_forces`), and the readings
    that name no event (:func:`.nonevents.without_nonevents`)."""
    return without_datelines(doc, not_self_aimed(without_nonevents(
        doc, without_company_forces(doc, actions))))

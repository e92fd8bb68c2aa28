"""Readings of a trigger that name no event between parties, each a construction the lexicon's
rows cannot tell apart (the word lists: models/nonevent_readings.tsv, whose header gives their
sources):

- people sent HOME or AWAY are no humanitarian aid (CAMEO 073 wants them sent to a party or a
  place in need): "The hospital sent two nurses home";
- the object of a relating verb after an event-noun subject is a state, not a target: "Iran's
  SEIZURE of the tanker RAISED TENSIONS" has no target; and an event that "raised fears" made
  no comment (CAMEO 012 is a party's pessimistic comment);
- a walkout protests or halts talks only when it leaves a meeting or a workplace, or nothing
  named: "walked out of the tunnel" is no event;
- withdrawing from a contest is no military retreat: "pulled out of the race";
- an event noun that a verb of representing or recording takes is told or shown, no event of
  the story: "The film DEPICTS the SIEGE of Sarajevo", "a march COMMEMORATING the massacre";
- the elections a government calls as it dissolves its own parliament ("dissolved parliament
  and called elections") are set, not appealed for: CAMEO 024 is "call FOR" reform, and
  dissolving one's own legislature is no sanction against another party.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from ..resources import read_groups
from .action import Action, words_of
from .objects import out_of


@cache
def _words() -> dict[str, frozenset[str]]:
    """kind -> its words, from models/nonevent_readings.tsv."""
    return read_groups("nonevent_readings.tsv", "kind", "word")


def _out_of(verb: Token) -> Token | None:
    """The object of "VERB out of X" (the parse hangs "of" on "out"); None otherwise."""
    for out in verb.children:
        if out.lower_ == "out" and out.dep_ in ("prep", "prt", "advmod"):
            objects = out_of(out, ("of",))
            if objects:
                return objects[0]
    return None


def _sent_home(doc: Doc, action: Action) -> bool:
    """People sent HOME or AWAY: no aid."""
    token = doc[action.token]
    return action.cameo.startswith("07") and token.lemma_.lower() == "send" and any(
        c.lower_ in _words()["home_adverb"] and c.dep_ in (
            "advmod", "npadvmod", "prt", "dobj", "xcomp") for c in token.children)


def _walked_out_of_a_place(doc: Doc, action: Action) -> bool:
    """A walkout from what is neither a meeting nor a workplace."""
    token = doc[action.token]
    place = _out_of(token) if token.lemma_.lower() == "walk" else None
    return action.cameo.startswith("164") and place is not None and (
        place.lemma_.lower() not in _words()["walkout_object"])


def _out_of_a_contest(doc: Doc, action: Action) -> bool:
    """Pulling out of a race or contest: no retreat."""
    token = doc[action.token]
    contest = _out_of(token) if token.lemma_.lower() == "pull" else None
    return action.cameo.startswith("087") and contest is not None and (
        contest.lemma_.lower() in _words()["contest_noun"])


def _called_on_dissolving(doc: Doc, action: Action) -> bool:
    """"dissolved parliament and called elections": the vote a government calls as it dissolves
    its own legislature is set, no appeal for reform (CAMEO 024 is "call FOR" reform)."""
    token = doc[action.token]
    if action.cameo != "024" or token.lemma_.lower() != "call" or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _words()["poll_noun"]
            for c in token.children):
        return False
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    return any(verb.lemma_.lower() == "dissolve" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _words()["legislature"] for c in verb.children)
        for verb in joined)


def _represented(doc: Doc, action: Action) -> bool:
    """An event noun that is the object of a verb of representing or recording."""
    token = doc[action.token]
    return token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") and (
        token.head.lemma_.lower() in _words()["representing_verb"])


_NO_EVENT = (_sent_home, _walked_out_of_a_place, _out_of_a_contest, _called_on_dissolving,
             _represented)


def _no_event(doc: Doc, action: Action) -> bool:
    """The trigger's reading names no event (see the module docstring)."""
    return any(reading(doc, action) for reading in _NO_EVENT)


def _names_a_state(doc: Doc, action: Action) -> bool:
    """The target is the state-noun object of a relating verb whose subject is the trigger."""
    token = doc[action.token]
    if token.dep_ not in ("nsubj", "csubj"):
        return False  # tested first: a trigger is seldom a subject, and the target's words cost
    span = words_of(doc, action.target)
    if span is None:
        return False
    root = span.root
    words = _words()
    return (root.dep_ == "dobj" and root.lemma_.lower() in words["state_noun"]
            and root.head.lemma_.lower() in words["relating_verb"]
            and token.head.i == root.head.i)


def _an_event_relates(doc: Doc, action: Action, events: set[int]) -> bool:
    """A comment read from a relating verb ("raised fears") whose actor is itself an event the
    layer coded ("the rebels' ATTACK on the convoy raised fears"): the event caused the state,
    nobody voiced it."""
    if not action.cameo.startswith("01"):
        return False  # tested before the actor's words are read
    span = words_of(doc, action.actor)
    return (span is not None and span.root.i in events
            and span.root.i != action.token
            and doc[action.token].lemma_.lower() in _words()["relating_verb"])


def without_nonevents(doc: Doc, actions: list[Action]) -> list[Action]:
    """The actions less the readings that name no event, and without a state for a target."""
    events = {a.token for a in actions}
    return [replace(a, target=None) if _names_a_state(doc, a) else a for a in actions
            if not _no_event(doc, a) and not _an_event_relates(doc, a, events)]

"""Who does what an event or a weapon named as a party does: its agent. "An attack BY THE
REBELS killed five officers" is the rebels' killing; "killed by a roadside bomb PLANTED BY THE
TALIBAN" is the Taliban's. A noun that names no party itself (an event, a document, a weapon)
gives way to the party of its by-phrase (as a subject) or of its passive participle's agent.

The same event named as the means of a passive with no agent is how its agent did the act:
"twelve civilians were killed IN AN ISRAELI AIRSTRIKE", "were killed IN AN ATTACK BY
GUNMEN", "IN A BOMBING CLAIMED BY the Islamic State group" (the verb tells the event, with the
means's code, and its actor is the means's).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from . import parties
from .objects import pobjs_of
from .parties import passive_agents_of
from .phrases import coordinated
from .wordclasses import GOING_BETWEEN_VERBS


def agents_of(head: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The parties that act through the noun ``head``; [] when it names a party itself or
    the sentence gives it no agent."""
    if head.pos_ != "NOUN" or is_party(head):
        return []
    # "an attack BY THE REBELS killed"; "the bombing of a hospital BY RUSSIAN WARPLANES
    # killed": the by-phrase the parse hangs on the noun's of-phrase is the noun's too
    agents = [a for owner in [head] + pobjs_of(head, ("of",)) for a in pobjs_of(owner, ("by",))
              ] if head.dep_ in ("nsubj", "csubj") else []
    agents += [a for part in head.children if part.dep_ == "acl" and part.tag_ == "VBN"
               and part.lemma_.lower() not in GOING_BETWEEN_VERBS for a in passive_agents_of(part)]
    return [d for agent in agents if is_party(agent) for d in coordinated(agent)]


def means_agents(verb: Token, violent: Callable[[Token], bool],
                 is_party: Callable[[Token], bool]) -> list[Token]:
    """The parties of the violent event noun in the "in" or "with" phrase of a passive verb
    with no agent of its own (its nationality, possessor, by-phrase or participle's agent);
    [] otherwise ("were killed IN KHARKIV", "were arrested IN A KENYAN TOWN": no event)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in verb.children) or (
            passive_agents_of(verb)):
        return []
    for noun in parties.pobjs_of(verb, ("in", "with")):
        if noun.pos_ == "NOUN" and violent(noun):
            found = parties.actor_heads(noun, verb) or agents_of(noun, is_party)
            return [a for a in found if is_party(a)]
    return []

"""Who does what an event or a weapon named as a party does: its agent. "An attack BY THE
REBELS killed five officers" is the rebels' killing; "killed by a roadside bomb PLANTED BY THE
TALIBAN" is the Taliban's. A noun that names no party itself (an event, a document, a weapon)
gives way to the party of its by-phrase (as a subject) or of its passive participle's agent.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .objects import pobjs_of
from .parties import passive_agents_of
from .phrases import coordinated


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
               for a in passive_agents_of(part)]
    return [d for agent in agents if is_party(agent) for d in coordinated(agent)]

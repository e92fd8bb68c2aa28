"""Phrases the parse hangs on a verb's particle or result word instead of on the verb: "was
handed back TO BRITAIN by Iran", "handed the tanker back TO BRITAIN", "were let go BY THE
REBELS". After a passive verb or after an object the small model often parses the particle as an
adverb ("back", "forward", "aside") and attaches the next prepositional phrase to it, and it
hangs the by-phrase of a passive "let ... go" on the result word. The phrase is the verb's own:
its recipient (objects.pobjs_of) and its passive agent (parties.passive_agents_of), as for a verb
without a particle ("was handed TO BRITAIN BY IRAN").
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from .resultatives import result_word
from .trigger_words import PARTICLES

PARTICLE_IDS = frozenset(get_string_id(word) for word in PARTICLES)
_BY = get_string_id("by")


def by_phrases(verb: Token) -> list[Token]:
    """The verb's by-agent phrases; for a passive verb with none, the by-phrases hung on its
    particle or on its result word ("were let go BY the rebels")."""
    agents = [child for child in verb.children if child.dep_ == "agent"]
    if agents or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return agents
    hosts = [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower in PARTICLE_IDS]
    result = result_word(verb)
    if result is not None:
        hosts.append(result)
    return [c for host in hosts for c in host.children
            if c.dep_ in ("prep", "agent") and c.lower == _BY]

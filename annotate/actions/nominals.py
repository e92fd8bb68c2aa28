"""Who does what a noun of coming, going or leaving office names: its of-phrase. In "the
visit OF THE CHINESE PRESIDENT to Moscow", "the resignation OF THE PRIME MINISTER", "the
withdrawal OF U.S. TROOPS from Syria" the of-phrase is the noun's subject (the subjective
genitive of an intransitive verb's nominalisation: Quirk et al. 1985, 17.39-17.41), not whom
the act is aimed at. Read only when the noun has no actor of its own (a possessor, a by-phrase,
a name among its modifiers, or the subject of a verb that holds it). "The deployment OF
FRENCH TROOPS" names the force sent, which stands for its sender as in the passive ("French
troops were deployed"). Meetings are not among them: "a meeting OF THE CABINET" is convened
by its chair.

Any event noun's agent may hang on its of-phrase: in "the arrest of 20 journalists BY EGYPTIAN
AUTHORITIES", "the abduction of 20 students BY GUNMEN" the parse attaches the by-phrase to the
noun of the of-phrase, yet it is the agent of the nominalisation (Quirk et al. 1985, 17.54:
"the destruction of the city by the enemy"). A by-phrase that names no party (a place, a
time) is no agent.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .objects import pobjs_of
from .phrases import coordinated

SUBJECTIVE_OF_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "departure", "return",
                                 "resignation", "withdrawal", "pullout", "retreat",
                                 "deployment"})
_NAME_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def of_subjects(noun: Token, names_people: Callable[[Token], bool]) -> list[Token]:
    """The people, states or organisations of the by-phrase on an event noun's of-phrase, else
    those in a subjective noun's of-phrase; [] for other nouns and for an of-phrase that names
    a thing ("the withdrawal OF SUPPORT")."""
    if noun.pos_ != "NOUN":
        return []
    agents = [d for owner in pobjs_of(noun, ("of",)) for agent in pobjs_of(owner, ("by",))
              for d in coordinated(agent) if names_people(d) or d.ent_type_ in _NAME_ENTITIES]
    if agents or noun.lemma_.lower() not in SUBJECTIVE_OF_NOUNS:
        return agents  # "the arrest of 20 journalists BY EGYPTIAN AUTHORITIES"
    return [d for owner in pobjs_of(noun, ("of",)) for d in coordinated(owner)
            if names_people(d) or d.ent_type_ in _NAME_ENTITIES]

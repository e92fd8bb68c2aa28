"""Who does what a noun of coming, going or leaving office names: its of-phrase. In "the
visit OF THE CHINESE PRESIDENT to Moscow", "the resignation OF THE PRIME MINISTER", "the
withdrawal OF U.S. TROOPS from Syria" the of-phrase is the noun's subject (the subjective
genitive of an intransitive verb's nominalisation: Quirk et al. 1985, 17.39-17.41), not whom
the act is aimed at. Read only when the noun has no actor of its own (a possessor, a by-phrase,
a name among its modifiers, or the subject of a verb that holds it). "The deployment OF
FRENCH TROOPS" names the force sent, which stands for its sender as in the passive ("French
troops were deployed"). Meetings are not among them: "a meeting OF THE CABINET" is convened
by its chair.
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
    """The people, states or organisations in such a noun's of-phrase; [] for other nouns
    and for an of-phrase that names a thing ("the withdrawal OF SUPPORT")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SUBJECTIVE_OF_NOUNS:
        return []
    return [d for owner in pobjs_of(noun, ("of",)) for d in coordinated(owner)
            if names_people(d) or d.ent_type_ in _NAME_ENTITIES]

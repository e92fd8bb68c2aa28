"""Who does what a noun of coming, going or leaving office names: its of-phrase. In "the
visit OF THE CHINESE PRESIDENT to Moscow", "the resignation OF THE PRIME MINISTER", "the
withdrawal OF U.S. TROOPS from Syria" the of-phrase is the noun's subject (the subjective
genitive of an intransitive verb's nominalisation: Quirk et al. 1985, 17.39-17.41), not whom
the act is aimed at. Read only when the noun has no actor of its own (a possessor, a by-phrase,
a name among its modifiers, or the subject of a verb that holds it). "The deployment OF
FRENCH TROOPS" names the force sent, which stands for its sender as in the passive ("French
troops were deployed"). Meetings are not among them: "a meeting OF THE CABINET" is convened
by its chair.

A meeting the clause's subject takes part in is the subject's too: "the president flew to
Kampala FOR TALKS with Museveni", "raised the issue DURING A MEETING with Museveni", "expressed
his condolences IN A PHONE CALL with Museveni". The noun (a consultation, CAMEO root 04) is
the object of a preposition of purpose or time on the verb, and its with-phrase names the other
side, so the subject is the one who meets; "for talks" after a verb of motion needs no
with-phrase ("flew to Kampala FOR TALKS", "met Museveni FOR TALKS"). Not a request: "CALLED FOR talks with the rebels"
asks for talks that are not held (the preposition hangs on no verb of motion or setting).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .objects import pobjs_of
from .parties import subjects_of
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


def nominal_doers(noun: Token, names_people: Callable[[Token], bool], root: int) -> list[Token]:
    """The doers of an event noun with no actor of its own: its of-phrase
    (:func:`of_subjects`), or for a consultation (``root`` 4) the subject of the verb whose
    adjunct it is (:func:`partakers`)."""
    return of_subjects(noun, names_people) or (partakers(noun) if root == 4 else [])


# Prepositions of a meeting as the purpose, time or means of what the subject does.
_MEETING_PREPOSITIONS = frozenset({"for", "during", "in", "at", "after", "before", "on"})
# Verbs of motion (Levin 1993, 51.1 and 51.3.2), of being somewhere and of meeting, after which
# "for talks" is the purpose of the journey, stay or meeting.
_MOTION_VERBS = frozenset({"arrive", "come", "go", "fly", "travel", "head", "leave", "depart",
                           "return", "sail", "drive", "journey", "be", "stay", "remain", "meet",
                           "gather", "convene", "sit"})


def partakers(noun: Token) -> list[Token]:
    """The subject of the verb on which a meeting noun is a prepositional adjunct, when the
    noun's with-phrase names whom the subject meets, or the verb is one of motion and the
    preposition "for"; [] otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.lower_ not in _MEETING_PREPOSITIONS:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep.dep_ != "prep" or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    partner = bool(pobjs_of(noun, ("with",)))
    if not partner and not (prep.lower_ == "for" and verb.lemma_.lower() in _MOTION_VERBS):
        return []
    return subjects_of(verb)

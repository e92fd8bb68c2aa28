"""A subject pronoun after a fronted adverbial clause stands for that clause's subject: "After
THE REBELS seized the town, THEY attacked a police post", "When KENYA closed the border, IT
expelled two diplomats". The subordinate clause comes first and names the party; the main
clause takes it up with a pronoun (the antecedent precedes, in the clause the pronoun's verb
governs). The other direction, a pronoun inside the adverbial clause ("Iran freed the sailors
after IT received ..."), is read as the subject of the clause it modifies (:mod:`.resolve`).

The subjects that can stand for a pronoun in its own sentence are here too: the subject of the
speech or intent verb that reports the pronoun's clause ("IRAQ said IT would allow"), of the
clause a conjoined clause joins ("Rebels seized the town, and THEY executed ..."), and of its
own clause for a possessive ("ISRAEL mounted ITS invasion"). A definite description of the
name's kind takes it up as a pronoun would, when that subject is the name ("HAMAS said THE
GROUP would release ...", "KENYA said THE COUNTRY would not ...": an epithet).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from . import parties
from .relatives import is_relative

_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
# Personal pronouns that stand for people (Quirk et al. 1985, 6.12), as a doer of harm done to
# people: "THEY executed three officials", "HE wounded two guards". Not "it": "IT injured 40
# people" is a storm as often as an attacker.
PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# The number a pronoun agrees with: "it" a singular noun ("KENYA ... it"), "they" a plural
# ("THE REBELS ... they"); "he" and "she" any noun, the caller asks for a person.
_NUMBER_TAGS = {"it": ("NN", "NNP"), "they": ("NNS", "NNPS")}
_POSSESSIVE_NUMBER = {"its": "it", "their": "they"}


def fronted_clause_subjects(pronoun: Token, names_party: Callable[[Token], bool]) -> list[Token]:
    """The subject of the nearest adverbial clause before a subject pronoun that modifies the
    pronoun's verb, when it names a party and agrees with the pronoun in number ("After the
    TALKS collapsed, they ..." is no one); [] for any other pronoun."""
    verb = pronoun.head
    if pronoun.lower_ not in _SUBJECT_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clauses = sorted((c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i),
                     key=lambda c: pronoun.i - c.i)
    for clause in clauses:
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                    and s.pos_ != "PRON" and not is_relative(s)]
        if subjects:
            tags = _NUMBER_TAGS.get(pronoun.lower_)
            first = subjects[0]
            fits = names_party(first) and (tags is None or first.tag_ in tags)
            return [first] if fits else []
    return []


def reporting_subjects(pronoun: Token) -> list[Token]:
    """Subjects that can stand for a pronoun subject or possessive in the same sentence."""
    if pronoun.dep_ == "poss":
        judged = judged_object(pronoun)
        if judged is not None:  # "thanked JAPAN for ITS aid"
            return [judged]
        clause = parties.clause_verb_of(pronoun.head)
        # the subject of its own clause ("ISRAEL mounted its invasion"), unless the possessed
        # noun is that subject ("HIS country will lift": then whoever reports the clause)
        return [s for s in parties.subjects_of(clause) if s.i not in (pronoun.i, pronoun.head.i)
                and not is_relative(s)][:1] or _reporting_subjects_of(clause)
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return _reporting_subjects_of(pronoun.head)


# Verbs of judgment (Levin 1993, class 33): their for-phrase gives the reason for the judgment,
# a deed of whom they judge ("praised QATAR for ITS mediation", "thanked JAPAN for ITS aid").
_JUDGMENT_VERBS = frozenset({
    "acclaim", "applaud", "blame", "castigate", "censure", "chastise", "chide", "commend",
    "compliment", "condemn", "congratulate", "criticize", "criticise", "denounce", "excoriate",
    "fault", "forgive", "hail", "laud", "penalize", "penalise", "praise", "punish", "rebuke",
    "reprimand", "reproach", "reward", "salute", "scold", "slam", "thank", "upbraid"})


def judged_object(pronoun: Token) -> Token | None:
    """The direct object of a verb of judgment that a possessive pronoun in the verb's
    for-phrase stands for, when the two agree in number ("thanked JAPAN for ITS aid", "praised
    the rebels for THEIR restraint"); None for any other possessive."""
    owned, number = pronoun.head, _POSSESSIVE_NUMBER.get(pronoun.lower_)
    prep = owned.head
    if owned.dep_ != "pobj" or prep.lower_ != "for" or number is None:
        return None
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head  # on the object, too
    if verb.lemma_.lower() not in _JUDGMENT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ in _NUMBER_TAGS[number]]
    return objects[0] if len(objects) == 1 else None


def _reporting_subjects_of(clause: Token) -> list[Token]:
    """The subject of the speech or intent verb whose content ``clause`` is."""
    current = clause
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [s for s in subjects if not is_relative(s)][:1]
    return []


def stands_for(subject: Token) -> list[Token]:
    """A subject pronoun stands for the subject that reports or conjoins its clause ("POLICE
    said THEY arrested ...", "POLICE stormed the building, and THEY seized ..."), when there is
    one; any other subject, and a pronoun with none, stands for itself."""
    if subject.lower_ not in _SUBJECT_PRONOUNS or subject.pos_ != "PRON":
        return [subject]
    return reporting_subjects(subject) or [subject]


# Nouns of a kind of party that a bare definite description uses to take up a name, with the
# entity types of the names they take up: "the GROUP" an organisation or a people, "the
# COUNTRY" or "the GOVERNMENT" a state.
_GROUP_KINDS = ("ORG", "NORP")
_STATE_KINDS = ("GPE",)
_EPITHETS = {"group": _GROUP_KINDS, "movement": _GROUP_KINDS, "organization": _GROUP_KINDS,
             "organisation": _GROUP_KINDS, "militia": _GROUP_KINDS, "faction": _GROUP_KINDS,
             "alliance": _GROUP_KINDS, "bloc": _GROUP_KINDS, "party": _GROUP_KINDS,
             "country": _STATE_KINDS, "nation": _STATE_KINDS, "kingdom": _STATE_KINDS,
             "republic": _STATE_KINDS, "government": _STATE_KINDS,
             "administration": _STATE_KINDS, "regime": _STATE_KINDS}


def named_by_epithet(subject: Token) -> Token | None:
    """The subject a bare "the GROUP", "the COUNTRY" as a subject takes up: the subject of the
    clause that reports or conjoins its own, when that is a name of the epithet's kind or
    speaks for one; None otherwise ("the ARMY", "the Kenyan government", a subject that is no
    name)."""
    kinds = _EPITHETS.get(subject.lemma_.lower())
    if kinds is None or subject.dep_ not in ("nsubj", "nsubjpass") or [
            c for c in subject.children if c.lower_ != "the"] or not any(
            c.lower_ == "the" for c in subject.children):
        return None
    names = _reporting_subjects_of(subject.head)
    if not names:
        return None
    # the name itself, or who speaks for it ("a spokesman FOR HAMAS said the group ...")
    named = [names[0]] + parties.pobjs_of(names[0], ("for", "of"))
    return names[0] if any(n.ent_type_ in kinds for n in named) else None

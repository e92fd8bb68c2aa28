"""Who announces an act with no doer named: the speaker of "X said (that) ... will be ...".

An act a speaker says will be done, in the passive with no agent ("the ministry said the
curfew WILL BE LIFTED next week", "officials said the prisoners WOULD BE FREED"), is announced
by the speaker for their own side: the agent is left out because it is understood, and the
intent it codes (PLOVER AGREE, THREATEN, REJECT; CAMEO 03, 13, 12) is a verbal act of whoever
expresses it, as a pronoun subject already makes it ("Iraq said IT would allow ..."). Only a
speaker who opens the sentence counts; a closing attribution (", officials said") only cites a
source. The speaker must be one who can act for a side: a name, an office, an institution or
a force ("the MINISTRY", "OFFICIALS", "the ARMY"), not a witness or a source, who only report.
An act reported as done ("said the prisoners WERE FREED") names no doer, and a clause that
names one keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .modality import modality_of
from .relatives import is_relative

# Verbs of saying and of stating an intent ahead: "said", "announced", "confirmed".
_ANNOUNCING_VERBS = frozenset({"say", "announce", "tell", "state", "declare", "reiterate",
                               "confirm", "insist", "pledge", "vow", "promise", "warn", "add",
                               "indicate", "signal"})


def announcer(verb: Token) -> Token | None:
    """The subject of the speech verb that opens the sentence and reports ``verb``'s clause,
    an agentless passive to come ("X SAID the ban WILL BE LIFTED"); None otherwise."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i or (
            verb.head.lemma_.lower() not in _ANNOUNCING_VERBS) or not any(
            c.dep_ == "nsubjpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return None
    if modality_of(verb) != "future":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 and not is_relative(c)), None)


# Institutions and those who speak for them (with the offices of models/titles.tsv and the
# forces of models/actions_domestic.tsv, which the caller adds).
INSTITUTION_NOUNS = frozenset({"ministry", "official", "authority", "spokesman",
                               "spokeswoman", "spokesperson", "police", "court", "council",
                               "department", "agency", "office", "cabinet", "parliament",
                               "government", "administration", "leader", "commander",
                               "committee", "commission", "palace", "presidency"})

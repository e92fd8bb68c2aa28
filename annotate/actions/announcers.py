"""Who announces an act for their own side: the speaker of "X said (that) Y will ...".

An act a speaker says their side will do (or will not do) is announced by the speaker: the
intent, threat or refusal it codes (PLOVER AGREE, THREATEN, REJECT; CAMEO 03, 13, 12) is a
verbal act of whoever expresses it, as a pronoun subject already makes it ("Iraq said IT would
allow ..."). The clause's party is the speaker's own side when the sentence says so:

- a state named by the possessive pronoun that stands for the speaker ("Putin said HIS
  COUNTRY will not lift the ban", "the ministry said ITS TROOPS would withdraw");
- the state of the speaker's own country, named ("Russian Foreign Minister Sergei Lavrov said
  RUSSIA will retaliate", "Kenya's foreign ministry said KENYA would expel ...").

Any other party stays the clause's: a speaker can report another's intent ("Rebel leaders said
THE ARMY will withdraw", "The minister said IRAN will release ..."). Only a speaker who opens
the sentence counts; a closing attribution (", officials said") only cites a source. An act
reported as done ("said its troops KILLED two gunmen") is its doer's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .action import Party
from .modality import modality_of
from .relatives import is_relative

# Verbs of saying and of stating an intent ahead: "said", "announced", "reiterated", "vowed".
ANNOUNCING_VERBS = frozenset({"say", "announce", "tell", "state", "declare", "reiterate",
                              "confirm", "insist", "pledge", "vow", "promise", "warn", "add",
                              "indicate", "signal"})
# Possessive pronouns that stand for the speaker in reported speech (Quirk et al. 1985, 6.12).
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})


def announcer(clause_verb: Token) -> Token | None:
    """The subject of the speech verb that opens the sentence and reports ``clause_verb``'s
    clause as to come ("X SAID the country WILL ..."); None otherwise."""
    verb = clause_verb
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "said it IS READY to send"
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i > verb.i or (
            verb.head.lemma_.lower() not in ANNOUNCING_VERBS):
        return None
    if modality_of(clause_verb) != "future":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 and not is_relative(c)), None)


def own_side(speaker: Party, party: Party | None, head: Token) -> bool:
    """The clause's party ``party`` (read at ``head``) is the speaker's own side: owned by a
    possessive pronoun, or a state named whose country is the speaker's."""
    if party is None:
        return False
    if (party.start, party.end) == (speaker.start, speaker.end):
        return True
    if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES and c.pos_ == "PRON"
           for c in head.children):
        return True
    return (head.ent_type_ == "GPE" and party.person is None and party.country is not None
            and party.country == speaker.country)

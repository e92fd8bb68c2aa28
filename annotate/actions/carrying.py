"""Who applies a measure: the subject of a verb of carrying out ("ENFORCE", "IMPLEMENT",
"APPLY", "COMPLY WITH") does the act its object names, whoever the measure is named after.
"China is ENFORCING United Nations sanctions on North Korea": China applies them, the United
Nations only decided them; "Turkey IMPLEMENTED the EU visa ban" is Turkey's ban on travellers.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of carrying out a measure someone else may have decided (WordNet's enforce.v.01,
# implement.v.01, apply.v.01, comply.v.01, honor.v.04 and their near synonyms).
CARRYING_VERBS = frozenset({"enforce", "implement", "apply", "comply", "abide", "observe",
                            "uphold", "honor", "honour", "execute", "administer"})


def applier(token: Token, clause_verb: Token) -> Token | None:
    """The verb of carrying out whose direct object (or with/by phrase: "comply WITH the
    sanctions") the event noun is; None for any other noun."""
    if token.pos_ != "NOUN" or clause_verb.lemma_.lower() not in CARRYING_VERBS:
        return None
    if token.dep_ == "dobj" and token.head.i == clause_verb.i:
        return clause_verb
    if token.dep_ == "pobj" and token.head.lower_ in ("with", "by") and (
            token.head.head.i == clause_verb.i):
        return clause_verb
    return None

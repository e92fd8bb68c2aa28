"""Who summons an envoy that a passive names without an agent: the office it is summoned to.
"China's ambassador WAS SUMMONED TO THE FOREIGN OFFICE", "the envoy was called in to the
ministry": a government summons a foreign diplomat to its foreign ministry, so the office of
the to-phrase is the summoner (CAMEO 110 or 1011 is the summoning state's act), and the one
summoned stays the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .objects import pobjs_of

_SUMMONING_VERBS = frozenset({"summon", "convoke"})
# Government offices a diplomat is summoned to ("the foreign ministry", "the Foreign Office",
# "the State Department", "the Quai d'Orsay" as a name of an organisation)
_OFFICE_NOUNS = frozenset({"ministry", "office", "department", "chancellery", "chancery"})


def summoning_offices(verb: Token) -> list[Token]:
    """The government office the agentless passive of a summoning verb summons to; []
    otherwise ("was summoned TO COURT" names no office)."""
    if verb.lemma_.lower() not in _SUMMONING_VERBS:
        return []
    return [o for o in pobjs_of(verb, ("to",))
            if o.lemma_.lower() in _OFFICE_NOUNS or o.ent_type_ == "ORG"]

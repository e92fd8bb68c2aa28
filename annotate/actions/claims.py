"""A claim of responsibility: CAMEO 015, and in PLOVER the act claimed, by the claimant.

CAMEO codes "claimed responsibility for the bombing" 015 (Claim responsibility; EVENTS.md,
[P2-DICT] "claim * responsibility"), with the claimant as source. PLOVER drops 015 ([C2P]), so a
PLOVER coding of the sentence would have no event, though the sentence reports one: the
claimant owns the act claimed. The layer codes the two columns independently (the lexicon's
convention 9): the action keeps CAMEO 015 and takes the PLOVER type and mode of the act
claimed, the event type of the noun the claim names ("responsibility FOR the BOMBING", "claimed
the rocket ATTACK"), by that noun's own lexicon row. A claim of something the lexicon does not
code ("responsibility for the deaths") keeps no PLOVER type.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from . import parties
from .lexicon import Lexicon, TriggerRule
from .objects import object_tokens_of

_CLAIM = "015"
# what a claim is of, when the act is named by a for-phrase: "claimed RESPONSIBILITY for"
_OWNING_NOUNS = frozenset({"responsibility", "credit"})


def claimed_act(rule: TriggerRule, token: Token, lexicon: Lexicon) -> TriggerRule:
    """A claim of responsibility (015) with the PLOVER type and mode of the act it claims,
    else the row as it is."""
    if rule.cameo != _CLAIM:
        return rule
    for act in _claimed_nouns(token):
        objects = {o.lemma_.lower() for o in object_tokens_of(act)}
        row = lexicon.select(act.lemma_.lower(), "NOUN", set(), objects)
        if row is not None and not row.no_event and row.plover:
            return replace(rule, plover=row.plover, mode=row.mode)
    return rule


def _claimed_nouns(verb: Token) -> list[Token]:
    """The nouns that name what is claimed: the for-phrase of "responsibility" or "credit"
    ("claimed responsibility FOR THE ATTACK", also where the parse hangs the phrase on the
    verb), else the direct object ("claimed the ATTACK")."""
    found: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _OWNING_NOUNS:
            found += parties.pobjs_of(obj, ("for",)) + parties.pobjs_of(verb, ("for",))
        else:
            found.append(obj)
    return [word for head in found for word in (head, *head.conjuncts)]

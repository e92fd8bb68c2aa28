"""What kind of act a trigger's target candidates are read for.

:func:`.targets.target_candidates` reads the parse the same way for every trigger, except where
the kind of act changes which phrase names whom it is aimed at. :class:`TargetKinds` holds those
kinds, one field each, with the munitions whose with-phrase is an instrument, not a party
(:mod:`.adjuncts`); :meth:`TargetKinds.of` derives them from the trigger's lexicon row and its
refined CAMEO code.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .adjuncts import FIRING_VERBS
from .codeclasses import (
    PARTNER_ROOTS,
    SHARED_OBJECT_ROOTS,
    STATE_MEASURES,
    STRIKE_KEY,
    TRANSFER_KEYS,
)
from .lexicon import TriggerRule

# Modes of rows whose from-phrase names the party left or taken from (models/actions.tsv).
SOURCE_MODES = {"withdraw", "seize"}


@dataclass(frozen=True)
class TargetKinds:
    """The kinds of act that change where a trigger's target is read."""

    munitions: frozenset[str]  # a with-phrase naming one is the means ("WITH TEAR GAS")
    visit: bool = False  # a visit's in-phrase names its host ("arrived IN AMMAN on a visit")
    source: bool = False  # a withdrawal's or seizure's from-phrase, after the objects
    partner: bool = False  # a meeting's or cooperation's with-phrase comes first
    force: bool = False  # an event noun that is a subject hits its verb's object
    transfer: bool = False  # the recipient comes first ("returned the statue TO GREECE")
    purpose: bool = False  # the object of a purpose infinitive, last ("to support FARMERS")
    protest: bool = False  # a protest at an embassy is aimed at the embassy's country
    mediation: bool = False  # aimed at the parties its object is between
    weapon: bool = False  # the verb's object is a munition; its at-phrase names the target
    appeal: bool = False  # aimed at whom it asks to act ("urged SOMALI REFUGEES to return")
    given: bool = False  # aid comes FROM its giver: a noun's from-phrase names no target
    measure: bool = False  # an administrative measure's of-phrase names its kind
    shared: bool = False  # with no object of its own, shares the next conjoined verb's

    @classmethod
    def of(cls, rule: TriggerRule, token: Token, used: list[Token], cameo: str,
           munitions: frozenset[str]) -> TargetKinds:
        """The kinds of the trigger ``token`` coded by ``rule`` (refined to ``cameo``), whose
        row consumed the words ``used``."""
        weapon = token.lemma_.lower() in FIRING_VERBS and any(
            u.lemma_.lower() in munitions for u in used)
        return cls(munitions=munitions,
                   visit=rule.cameo.startswith("042"),
                   source=rule.mode in SOURCE_MODES,
                   partner=rule.root in PARTNER_ROOTS,
                   force=rule.root >= 17,
                   transfer=bool(TRANSFER_KEYS & rule.objects),
                   purpose=rule.root == 7 or weapon or STRIKE_KEY in rule.objects,
                   protest=rule.root == 14,
                   mediation=rule.cameo.startswith(("045", "039")),
                   weapon=weapon,
                   appeal=rule.root in (2, 10),
                   given=rule.root == 7,
                   measure=cameo.startswith(STATE_MEASURES),
                   shared=int(cameo[:2]) in SHARED_OBJECT_ROOTS)

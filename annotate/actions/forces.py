"""Who can show a force posture: a party that has forces.

CAMEO 15 EXHIBIT FORCE POSTURE (PLOVER MOBILIZE) is "military or police moves short of force:
alerts, mobilisation" (EVENTS.md §1; 150-155 "mobilise police or armed forces"). A state, a
government, an armed force or an armed group has forces to move; a company does not: "shipping
FIRMS moved the weapons" is a shipment, not a mobilisation, and the codebook has no other code
for it, so the act is dropped. A company is a party whose head noun names one
(models/company_nouns.tsv) or whose name ends in a company's legal form ("Inc.", "Ltd.": the
people layer's list, models/people_cues.tsv). A company noun modified by a word of force ("a
private MILITARY company", "a SECURITY firm") is an armed group and keeps the act.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..people.cues import load_cues
from ..resources import read_column
from .action import Action, words_of

_FORCE_WORDS = frozenset({"military", "security", "mercenary", "paramilitary", "defense",
                          "defence", "armed"})


@cache
def company_nouns() -> frozenset[str]:
    """The nouns of models/company_nouns.tsv."""
    return frozenset(noun.strip() for noun in read_column("company_nouns.tsv"))


def is_company(doc: Doc, action: Action) -> bool:
    """The action's actor is a company (see the module docstring)."""
    span = words_of(doc, action.actor)
    if span is None:
        return False
    if span[-1].text in load_cues().legal_forms:
        return True
    root = span.root
    return root.lemma_.lower() in company_nouns() and not any(
        c.lower_ in _FORCE_WORDS for c in root.children if c.dep_ in ("amod", "compound"))


def without_company_forces(doc: Doc, actions: list[Action]) -> list[Action]:
    """The actions less the force postures (CAMEO 15) done by a company."""
    return [a for a in actions if not (a.cameo.startswith("15") and is_company(doc, a))]

"""Harm nobody does: violence whose doer is a storm, an accident or an illness is no action.

The violence rows of the lexicon (CAMEO 18-20: kill, strike, pound, hit, force out) code acts of
people. Wire copy uses the same verbs for harm without a doer: "a strong earthquake STRUCK the
coast", "heavy rains POUNDED the city", "a bus crash KILLED 12 tourists", "12 people were killed
IN a fire", "the virus has killed 40". Event data codes none of these (CAMEO and PLOVER are
about what actors do to each other). The doer is read where the parse puts it: the verb's
subject (also of the clause a participle hangs on: "the storm swept the coast, KILLING 12"), a
passive agent ("killed BY lightning") or, when the clause names no doer, the noun of a phrase
saying in what the harm came ("killed IN a crash", "injured DURING the storm").

The nouns are ``models/mishaps.tsv`` (weather, natural forces, accidents, disasters, fires,
illnesses, microbes; derived from WordNet, without the lexicon's own words), read once.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import read_table
from . import parties

MISHAP_KINDS = {row["lemma"]: row["kind"] for row in read_table("mishaps.tsv")}
MISHAPS = frozenset(MISHAP_KINDS)
# The titles of named storms, as the WMO's regional bodies and the European weather services
# name them ("HURRICANE Ida", "TYPHOON Haiyan", "CYCLONE Idai", "Tropical STORM Fay", "STORM
# Ciara"): a name with one of them before it is a storm (weather nouns of mishaps.tsv).
STORM_TITLES = frozenset({"hurricane", "typhoon", "cyclone", "storm"}) & MISHAPS
VIOLENCE_ROOTS = frozenset({18, 19, 20})
_CIRCUMSTANCE = ("in", "during", "from", "after", "amid", "by")


def caused_by_mishap(verb: Token) -> bool:
    """Whether the verb's doer is a mishap: its subject or passive agent, else (no doer named)
    a noun saying in what the harm came."""
    doers = parties.subjects_of(verb)
    if doers:
        return any(is_mishap(doer) for doer in doers)
    return any(is_mishap(noun) for noun in parties.pobjs_of(verb, _CIRCUMSTANCE))


def is_mishap(noun: Token) -> bool:
    """A mishap noun, not a phrase like "a wave OF attacks" whose of-phrase names the doing;
    also what the actions component asks of an actor ("the STORM forced ..."); a storm by its
    name ("Hurricane IDA struck Louisiana")."""
    if noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < noun.i
                                    and c.lower_ in STORM_TITLES for c in noun.children):
        return True
    return noun.lemma_.lower() in MISHAPS and not parties.pobjs_of(noun, ("of",))

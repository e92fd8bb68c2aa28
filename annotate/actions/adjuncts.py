"""Phrases of an act that name its setting or its means, never a party it is aimed at.

- A prepositional phrase fronted before the subject and closed by a comma sets the scene of
  the sentence (Quirk et al. 1985, 8.17 on initial adjuncts of place and time): "AT A NEWS
  CONFERENCE, the minister condemned the attack" was not aimed at the news conference.
- A with-phrase that names a munition is the instrument of the act (Quirk et al. 1985, 9.49):
  "Police dispersed the protest WITH TEAR GAS" was not aimed at the gas. The munitions are the
  objects of the lexicon's rows of firing verbs, as for "fired tear gas AT the crowd".
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

# Verbs of using a weapon whose object is the munition ("opened FIRE", "fired TEAR GAS",
# "dropped BOMBS", "used CHLORINE"). The objects their force rows list (models/actions.tsv) are
# the munitions: what the weapon was used on is never that object.
FIRING_VERBS = frozenset({"fire", "use", "drop", "open", "return", "exchange"})

# Prepositions of an initial adjunct of place, time or occasion ("AT a news conference", "IN
# a statement", "DURING a visit to", "AFTER talks with").
_SETTING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "after", "before", "amid",
                                   "following", "since", "over", "ahead", "upon"})


def munitions(lexicon: Lexicon) -> frozenset[str]:
    """The object lemmas of the lexicon's rows of firing verbs that code force (17-20)."""
    return frozenset(word for rules in lexicon.rules.values() for rule in rules
                     if rule.lemma in FIRING_VERBS and rule.pos == "VERB" and rule.root >= 17
                     for word in rule.objects if ":" not in word and not word.startswith("="))


def setting_or_means(candidate: Token, munition_lemmas: frozenset[str]) -> bool:
    """The target candidate is the object of a fronted setting phrase, or one of the
    ``munition_lemmas`` (:func:`munitions`) in a with-phrase (see the module docstring)."""
    while candidate.dep_ == "conj" and candidate.head.i != candidate.i:
        candidate = candidate.head  # "with tear gas and RUBBER BULLETS"
    if candidate.dep_ != "pobj":
        return False
    prep = candidate.head
    if prep.lower_ == "with":
        return candidate.lemma_.lower() in munition_lemmas
    if prep.lower_ not in _SETTING_PREPOSITIONS or not prep.is_sent_start or (
            prep.right_edge.i + 1 >= len(prep.doc)):
        return False
    verb = prep.head
    return prep.doc[prep.right_edge.i + 1].text == "," and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.right_edge.i for c in verb.children)

"""Forces sent to another country: CAMEO 074, provide military protection or peacekeeping.

CAMEO 074 codes peacekeeping and the provision of military personnel to protect another
country (PLOVER AID); the lexicon already codes peacekeepers sent anywhere so, while troops
sent or deployed without a destination are a mobilisation (154). This module gives the
pseudo-object ``force:to`` that tells the two apart for a verb of sending: its direct object
is armed forces, peacekeepers or police (a ``military`` group of models/actions_domestic.tsv,
a peacekeep- word, police or police officers, also what a number or unit counts), and its
to-phrase names a country by its name, which is not the country of the verb's subject
("Kenya sent 400 police officers TO HAITI"; not "sent troops to the border", "to Ukraine's
border" or "sent police to the capital").
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from . import parties, phrases

# police nouns of models/actions_domestic.tsv, and what a compound makes police ("POLICE
# officers")
_POLICE = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie"})
_COUNTRY_KINDS = ("name", "short")


def deployment_keys(verb: Token, direct: list[Token], receivers: list[Token],
                    is_force: Callable[[Token], bool], gazetteer: Gazetteer) -> set[str]:
    """``{"force:to"}`` when the verb sends forces or police to another country (see the
    module docstring), else an empty set."""
    if not any(is_force(d) or _is_police(d) for d in direct):
        return set()
    home = {gazetteer.code_in(phrases.noun_phrase_of(s)) for s in parties.subjects_of(verb)}
    return {"force:to"} if any(
        code is not None and code not in home
        for code in (_country(r, gazetteer) for r in receivers)) else set()


def _is_police(head: Token) -> bool:
    """Police or police officers, also as what a number or unit counts."""
    for word in (head, *parties.pobjs_of(head, ("of",))):
        if word.lemma_.lower() in _POLICE or any(
                c.dep_ == "compound" and c.lemma_.lower() in _POLICE for c in word.children):
            return True
    return False


def _country(word: Token, gazetteer: Gazetteer) -> str | None:
    """The code of the country a to-phrase's object names by its name ("to HAITI", "to the
    CENTRAL AFRICAN REPUBLIC"); None for anything else, or a name that is only a modifier
    ("to Ukraine's border")."""
    start = next((t.i for t in word.subtree if t.dep_ not in ("det", "punct")), word.i)
    phrase = word.doc[start:word.i + 1]
    if gazetteer.kind(phrase.text) not in _COUNTRY_KINDS:
        return None
    code = gazetteer.lookup(phrase.text)
    return None if code == "IGO" else code

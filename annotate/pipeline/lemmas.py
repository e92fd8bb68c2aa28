"""Verb lemmas the model's rule lemmatizer gets wrong, put right from its own tables.

spaCy's English rule lemmatizer strips an inflection and keeps the first result that is a verb
of its index, so where a verb ending in "e" has a shorter verb beside it, the shorter one wins:
"hoped" -> hop, "waged" -> wag, "staged" -> stag, "raped" -> rap, "hated" -> hat (spaCy issues
#1049, #2736 and, for the 3.8 models, #13982). The layers read lemmas ("STAGED a protest",
"WAGED war", "HOPES to meet"), so those errors cost them events.

The lemmatizer's exception table cannot fix them: it gives an exception priority only when the
rules did not already produce it, and they produce both "hop" and "hope". So the project's own
lemmatizer (:mod:`.lemma_cache`) puts right the forms :func:`verb_exceptions` finds, for every
pair the model's own verb index holds: a verb V ending in "e" and the verb S = V minus "e"
("hope" and "hop"). English spelling decides whose forms are whose:

* V + "s" ("hopes") is V's, unless S takes "es" (S ends in s, x, z, ch, sh or o);
* V + "d" ("hoped") and S + "ing" ("hoping") are V's when S is a one-syllable word ending in
  one vowel and one consonant (not w, x or y), because such an S doubles that consonant
  ("hopped", "hopping"). Otherwise both verbs could have the form ("routed": rout or route),
  and the model's choice stands.

Nothing is downloaded or hand-listed: the pairs come from the loaded model's lemma index.
"""

from __future__ import annotations

import re

_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")
_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def verb_exceptions(verbs: set[str]) -> dict[str, str]:
    """Inflected form -> lemma for the forms of verbs ending in "e" that the rules would give
    to the shorter verb beside them (``verbs`` is the model's verb index)."""
    found: dict[str, str] = {}
    for verb in verbs:
        stem = verb[:-1]
        if not verb.endswith("e") or len(stem) < 2 or stem not in verbs:
            continue
        if not stem.endswith(_ES_ENDINGS):
            found[verb + "s"] = verb
        if _ONE_SYLLABLE_CVC.match(stem):
            found[verb + "d"] = verb
            found[stem + "ing"] = verb
    return found

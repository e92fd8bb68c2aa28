"""Verb lemmas the model's rule lemmatizer gets wrong, put right from its own tables.

spaCy's English rule lemmatizer strips an inflection and keeps the first result that is a verb
of its index, so where a verb ending in "e" has a shorter verb beside it, the shorter one wins:
"hoped" -> hop, "waged" -> wag, "staged" -> stag, "raped" -> rap, "hated" -> hat (spaCy issues
#1049, #2736 and, for the 3.8 models, #13982). The layers read lemmas ("STAGED a protest",
"WAGED war", "HOPES to meet"), so those errors cost them events.

The lemmatizer's exception table cannot fix them: it gives an exception priority only when the
rules did not already produce it, and they produce both "hop" and "hope". So the component
``annotate_verb_lemmas``, placed right after the lemmatizer, sets the lemma of the forms
:func:`verb_exceptions` finds, for every pair the model's own verb index holds: a verb V
ending in "e" and the verb S = V minus "e" ("hope" and "hop"). English spelling decides whose
forms are whose:

* V + "s" ("hopes") is V's, unless S takes "es" (S ends in s, x, z, ch, sh or o);
* V + "d" ("hoped") and S + "ing" ("hoping") are V's when S is a one-syllable word ending in
  one vowel and one consonant (not w, x or y), because such an S doubles that consonant
  ("hopped", "hopping"). Otherwise both verbs could have the form ("routed": rout or route),
  and the model's choice stands.

Nothing is downloaded or hand-listed: the pairs come from the loaded model's lemma index.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc

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


class VerbLemmas:
    """Sets the lemma of verb forms the rule lemmatizer gives to the wrong verb ("hoped")."""

    def __init__(self, nlp: Language) -> None:
        index: list[str] = []
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                index = list(lookups.get_table("lemma_index").get("verb", []))
        strings = nlp.vocab.strings
        self.lemmas = {strings.add(form): lemma
                       for form, lemma in verb_exceptions(set(index)).items()}
        self.forms = numpy.array(sorted(self.lemmas), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not len(self.forms):
            return doc
        words = doc.to_array([LOWER, POS])
        hits = numpy.nonzero(numpy.isin(words[:, 0], self.forms) & (words[:, 1] == VERB))[0]
        for i in hits.tolist():  # a handful per story, found without a Python loop
            doc[i].lemma_ = self.lemmas[int(words[i, 0])]
        return doc


@Language.factory("annotate_verb_lemmas")
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp)

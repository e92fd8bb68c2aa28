"""Names in headlines in title case: a verb between two names ends the first one.

In "Biden Meets Xi in Bali" the model tags "Biden Meets Xi" one person: in a headline every
word is capitalised, and the verb looks like a name. A word inside a name of such a headline
that is the present tense of an English verb ("Meets", "Warns", "Slams": a verb of the
model's lemmatizer tables with "-s", "-es" or "-ies") and is neither a given name nor one of
the 10,000 most frequent surnames of the census list ("Burns", "Banks" are names; "Warns",
rank 53,485, is not taken for one) splits the name in two, and is part of neither, as "vs."
is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from ..casing import is_headline_case
from .cues import Cues
from .words import frequent_surnames


def verb_lemmas(nlp: Language) -> frozenset[str]:
    """The verbs of the model's lemmatizer tables (its ``lemma_index`` for verbs, derived
    from WordNet); none for a model whose lemmatizer has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))


def is_present_tense(word: str, verbs: frozenset[str]) -> bool:
    """A third-person present form of one of the verbs: "Meets", "Pushes", "Denies"."""
    lower = word.lower()
    if not lower.endswith("s") or len(lower) < 4:
        return False
    stems = [lower[:-1]]
    if lower.endswith("es"):
        stems.append(lower[:-2])
    if lower.endswith("ies"):
        stems.append(lower[:-3] + "y")
    return any(stem in verbs for stem in stems)


def split_at_headline_verb(span: Span, verbs: frozenset[str], cues: Cues) -> list[Span]:
    """The name split at the inner words that are verbs of a title-case headline ("Biden
    MEETS Xi" -> "Biden", "Xi"); the span whole elsewhere."""
    if len(span) < 3 or not verbs or not is_headline_case(span.sent):
        return [span]
    doc = span.doc
    parts, start = [], span.start
    for i in range(span.start + 1, span.end - 1):
        word = doc[i].text
        if is_present_tense(word, verbs) and word not in cues.given_names and (
                word.lower() not in frequent_surnames()):
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
    parts.append(doc[start:span.end])
    return [part for part in parts if len(part) > 0]

"""The case of a sentence's words: a headline in title case or capitals.

Headlines capitalise every word but a few short ones ("Russia Expels 10 US Diplomats",
"Talks on Trade Resume"); the small model then tags every word a proper noun. The actions
layer parses such a headline again in lower case (actions/headlines.py), and the people layer
does not let a verb of it join two names (people/headlines.py); both know a headline's verb by
its present-tense form ("Meets", "Expels") of a verb of the model's lemmatizer tables.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

# Short words that title case leaves in lower case ("Talks on Trade", "Return to the Table").
MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                         "to", "for", "by", "with", "from", "as", "into", "over", "vs", "via"})


def is_headline_case(sentence: Span) -> bool:
    """Three or more words, every one capitalised but the minor words title case leaves
    alone ("Russia Expels 10 US Diplomats", "RUSSIA EXPELS 10 U.S. DIPLOMATS")."""
    words = 0
    for token in sentence:  # most sentences fail on their second or third word
        text = token.text
        if text[0].isupper():
            words += token.is_alpha and token.lower_ not in MINOR_WORDS
        elif token.is_alpha and text not in MINOR_WORDS:
            return False
    return words >= 3


def is_capitals_headline(sentence: Span) -> bool:
    """A headline in capitals: a headline (``is_headline_case``) whose every word of two
    letters or more is in capitals ("PRESIDENT HALE VISITS OHIO")."""
    return is_headline_case(sentence) and all(token.is_upper for token in sentence
                                              if token.is_alpha and len(token) > 1)


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
    return any(stem in verbs for stem in present_tense_stems(lower))


def present_tense_stems(lower: str) -> list[str]:
    """The verbs a lower-case third-person present form may be of: "pushes" -> push(e)."""
    stems = [lower[:-1]]
    if lower.endswith("es"):
        stems.append(lower[:-2])
    if lower.endswith("ies"):
        stems.append(lower[:-3] + "y")
    return stems

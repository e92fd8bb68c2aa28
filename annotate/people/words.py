"""Candidates made only of common words: headings, concepts and products, not people.

Speeches, textbooks and interviews capitalise headings and the names of plans, theories and
dishes ("Closing Remarks", "Harvest Plan", "Field Theory", "Pine Nut Soup"), and the model often
calls them persons. A name of two words or more whose every word is a common word of English
(models/common_words.tsv: WordNet's lemmas that are no named instance, each word reduced to
its lemma by WordNet's own detachment rules, "Loopholes" -> "loophole") names no person,
unless it opens with a given name of the census ("Rose Hill", "Grace Park") or ends with one of
its most frequent surnames ("Tiger Woods", "MC Hammer"): many common words are also names.
A name the model labels a person whose last word is a common word only as a comparative
("Wolf Blitzer": "blitz" is a noun and a verb, with no comparative) is a name too.
Names with a word of fewer than four letters are left alone ("Hun Sen": syllables of Asian
names that English also spells).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..resources import read_column
from .cues import Cues, ranked_surnames

# The surnames of the census list (models/surnames.tsv, by rank) that count as frequent: the
# first 10,000 of its 88,799.
FREQUENT_SURNAMES = 10_000

# Words shorter than this are left alone: romanised Chinese, Korean, Vietnamese and Khmer names
# are made of short syllables that English also spells ("Hun Sen", "Li Na").
SHORTEST = 4

# WordNet's morphological detachment rules (the "morphy" rules of its morph(7) manual page):
# an inflected ending and the ending of the lemma it comes from.
_DETACHMENTS = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
                ("shes", "sh"), ("men", "man"), ("ies", "y"), ("es", "e"), ("es", ""),
                ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""),
                ("er", "e"), ("est", "e"))
_ADJECTIVE_RULES = 12  # the noun and verb rules come first, then the adjective ones


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """models/common_words.tsv, lower case."""
    return frozenset(read_column("common_words.tsv"))


def frequent_surnames() -> frozenset[str]:
    """The FREQUENT_SURNAMES first surnames of models/surnames.tsv, lower case."""
    return top_surnames(FREQUENT_SURNAMES)


@lru_cache(maxsize=2)
def top_surnames(limit: int) -> frozenset[str]:
    """The ``limit`` first surnames of models/surnames.tsv, lower case (read once per limit:
    FREQUENT_SURNAMES, and the surnames a title word may be, story.SURNAME_TITLES)."""
    return frozenset(ranked_surnames()[:limit])


def is_common_word(word: str, comparatives: bool = True) -> bool:
    """Whether a word, or the lemma WordNet's detachment rules give it, is a common word.
    Without ``comparatives`` the adjective rules ("-er", "-est") are not applied: WordNet's
    morphy applies them to adjectives only, and the list has no parts of speech, so a surname
    in "-er" of a noun or verb ("Blitzer": "blitz") would read as a comparative."""
    word = word.lower()
    words = common_words()
    if word in words:
        return True
    rules = _DETACHMENTS if comparatives else _DETACHMENTS[:_ADJECTIVE_RULES]
    return any(word.endswith(ending) and len(word) > len(ending) + 1
               and word[:len(word) - len(ending)] + lemma_ending in words
               for ending, lemma_ending in rules)


def common_words_only(span: Span, cues: Cues) -> bool:
    """Whether a name of two words or more is made of common words only (see the module
    docstring): "Closing Remarks" is, "Tiger Woods" and "Rose Hill" are not."""
    if len(span) < 2 or not all(token.is_alpha and len(token) >= SHORTEST for token in span):
        return False
    if span[0].text in cues.given_names or span[-1].lower_ in frequent_surnames():
        return False
    if span[-1].ent_type_ == "PERSON" and not is_common_word(span[-1].text, comparatives=False):
        return False  # "Wolf Blitzer": "blitzer" is no comparative, so no word of English
    return all(is_common_word(token.text) for token in span)


@lru_cache(maxsize=1)
def named_people() -> frozenset[str]:
    """models/named_people.tsv: one-word names WordNet lists only as people ("Aristotle")."""
    return frozenset(read_column("named_people.tsv"))

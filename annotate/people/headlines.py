"""Names in headlines in title case or capitals: a verb between two names ends the first one.

In "Biden Meets Xi in Bali" the model tags "Biden Meets Xi" one person: in a headline every
word is capitalised, and the verb looks like a name. A word inside a name of such a headline
that is the present tense of an English verb ("Meets", "Warns", "Slams": a verb of the
model's lemmatizer tables with "-s", "-es" or "-ies") and is neither a given name nor one of
the 10,000 most frequent surnames of the census list ("Burns", "Banks" are names; "Warns",
rank 53,485, is not taken for one) splits the name in two, and is part of neither, as "vs."
is.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..casing import MINOR_WORDS, is_capitals_headline, is_headline_case, is_present_tense
from ..gazetteer import Gazetteer
from ..resources import read_table
from .cues import Cues
from .story import SURNAME_TITLES, StoryIndex
from .titles import POSSESSIVES
from .vocatives import frequent_given_names
from .words import frequent_surnames, is_common_word, top_surnames


def is_headline_verb(word: str, verbs: frozenset[str], cues: Cues) -> bool:
    """Whether a word of a headline is its verb, not a name: a present-tense form ("Meets",
    "VISITS") that is neither a given name nor a frequent surname ("Burns")."""
    return is_present_tense(word, verbs) and word not in cues.given_names \
        and word.title() not in cues.given_names and word.lower() not in frequent_surnames()


def split_at_headline_verb(span: Span, verbs: frozenset[str], cues: Cues) -> list[Span]:
    """The name split at the inner words that are verbs of a title-case headline ("Biden
    MEETS Xi" -> "Biden", "Xi"); the span whole elsewhere."""
    if len(span) < 2 or not verbs or not is_headline_case(span.sent):
        return [span]
    doc = span.doc
    parts, start = [], span.start
    for i in range(span.start + 1, span.end):  # "Obama Visits" ends in no name word either
        if is_headline_verb(doc[i].text, verbs, cues):
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
    parts.append(doc[start:span.end])
    return [part for part in parts if len(part) > 0]


def verb_of_headline(doc: Doc, i: int, verbs: frozenset[str], cues: Cues) -> bool:
    """Whether token ``i`` is the verb of a headline, which ends the name before it
    ("PRESIDENT HALE | VISITS OHIO")."""
    return is_headline_verb(doc[i].text, verbs, cues) and is_headline_case(doc[i].sent)


def whole_name_in_capitals(doc: Doc, start: int, end: int, verbs: frozenset[str],
                           cues: Cues) -> bool:
    """For a name after a title in a headline in capitals ("PRESIDENT HALE VISITS OHIO"),
    whether it is a name and not the start of a thing named after a title ("PRINCE EDWARD
    ISLAND", "GENERAL MOTORS", "CAPTAIN MARVEL"): every word of it that is a common English
    word is a frequent name (``frequent_name_in_capitals``), and it ends the headline or stands
    before punctuation, a possessive, a short word title case leaves in lower case or a verb
    (the headline's "VISITS", or the plain form after two subjects, "GOVERNOR ORTIZ, MAYOR LEE
    CLASH"). True elsewhere."""
    if not doc[start].is_upper or not is_capitals_headline(doc[start].sent):
        return True
    for token in doc[start:end]:
        if is_common_word(token.text) and not frequent_name_in_capitals(token.text):
            return False
    if end >= doc[start].sent.end:
        return True
    after = doc[end]
    return not after.is_alpha or after.text in POSSESSIVES or after.lower_ in MINOR_WORDS \
        or is_headline_verb(after.text, verbs, cues) or after.lower_ in verbs  # "LEE, ORTIZ CLASH"


def frequent_name_in_capitals(word: str) -> bool:
    """Whether a common English word written in capitals is still read as a name: a given name
    borne by at least 0.1% of its sex in the census (``frequent_given_names``: "ROSE") or one
    of its SURNAME_TITLES (1,000) first surnames ("BUSH", 304th; "YOUNG", 28th). Capitals hide
    the case that tells a name from a word, so a rare name that is also a word is read as the
    word: "CAPTAIN MARVEL" (a given name of 0.004% of women, the 8,118th surname) is a film."""
    return word.title() in frequent_given_names() or word.lower() in top_surnames(SURNAME_TITLES)


# The longest name read before the verb of a headline in capitals ("SERENA JO WILLIAMS WINS").
_LONGEST_CAPITALS_NAME = 3


@lru_cache(maxsize=1)
def name_compounds() -> frozenset[str]:
    """models/name_compounds.tsv: compound nouns made of census names ("white house")."""
    return frozenset(row["compound"] for row in read_table("name_compounds.tsv"))


def capitals_full_names(story: StoryIndex, found: list[Span], gazetteer: Gazetteer,
                        cues: Cues, verbs: frozenset[str]) -> list[Span]:
    """The subjects of headlines in capitals that are a full name of census names ("TIGER
    WOODS WINS MASTERS", "SERENA WILLIAMS ROLLS INTO FINAL"), which the model seldom labels in
    capitals: two or three words from the headline's first word to its verb, each a given name
    or surname of the census, the last a frequent surname (and, if a common word, one of the
    first 1,000, ``frequent_name_in_capitals``: not "HOME SALES"), no word of organisations or
    places ("STOCK MARKET"), no title, no gazetteer name, and not a compound noun of English
    (``name_compounds``: "WHITE HOUSE", "RED CROSS"). A name ``found`` inside the words
    ("WILLIAMS", as the model cut it) is no obstacle; one that runs on past them is."""
    doc = story.doc
    names: list[Span] = []
    for sentence in doc.sents:
        start = sentence.start
        if not (doc[start].is_upper and doc[start].is_alpha) or not is_capitals_headline(sentence):
            continue
        verb = next((i for i in range(start + 2, min(start + _LONGEST_CAPITALS_NAME + 1,
                                                      sentence.end))
                     if verb_of_headline(doc, i, verbs, cues)), None)
        if verb is None or any(i in story.title_after for i in range(start, verb)) \
                or any(name.start < verb and start < name.end
                       and (name.start < start or name.end > verb) for name in found):
            continue
        span = doc[start:verb]
        if _census_full_name(span, cues) and gazetteer.code_in(span) is None:
            names.append(span)
    return names


def _census_full_name(span: Span, cues: Cues) -> bool:
    """Whether words in capitals are a full name of census names (see ``capitals_full_names``)."""
    if not all(token.is_alpha and token.is_upper and len(token) > 1 for token in span):
        return False
    if not all(token.text.title() in cues.given_names or token.lower_ in cues.surnames
               for token in span):
        return False
    last = span[-1]
    if last.lower_ not in frequent_surnames() or last.text.title() in cues.org_words \
            or (is_common_word(last.text) and not frequent_name_in_capitals(last.text)):
        return False
    return " ".join(token.lower_ for token in span) not in name_compounds()

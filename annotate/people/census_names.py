"""Full names the model labels as things: a census given name and a census surname.

The small English model often labels a person's full name an organisation or a place
("opposite Gerard Holm", "with Marisol Dunne since 2005"), most of all in biographies and
textbooks that list many people. A name of two to four words that opens with a given name of
the 1990 U.S. Census (models/given_names.tsv) and ends with one of its surnames
(models/surnames.tsv) is taken as a person's name whatever the model's label, unless its
words or the words around it say it is a thing: an organisation word inside it or right
after it ("Ana Ruiz Foundation"), a determiner before it ("the Carla Benton show"), "at"
before it ("analysts at Morgan Hale"), or a company's legal form anywhere in the story
(``candidates`` drops those, as it drops the model's own persons).

The model also leaves some full names without any label ("Ana Ruiz spoke on Friday"). Such a
census full name is taken when it is the subject of a verb (``subject_names``): a person is
what speaks or acts, and a job noun before it is the person's title, not a name ("Photographer
Ana Ruiz took the picture"; models/person_nouns.tsv). So is a single capitalised name and
a regnal number, a Roman numeral from II ("Haakon VII fled to London"), when the name is no
common word ("World War II", "Title IV") and no place or organisation word. A form of
address before a census full name is left out of it, as a job noun is ("Frau Greta Hale",
"Monsieur Paul Girard"; models/forms_of_address.tsv): the full name finds the person, the form
is its title.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from .address import address_end
from .cues import DETERMINERS, Cues
from .story import StoryIndex
from .titles import POSSESSIVES
from .words import is_common_word

# The model's labels for things that a full name of the census lists is taken back from.
_THING_LABELS = {"ORG", "GPE", "FAC", "NORP", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Words before a name that make it a place or a firm where people work or meet ("at").
_PLACE_BEFORE = {"at"}


def census_names(story: StoryIndex, covered: set[int], gazetteer: Gazetteer,
                 cues: Cues) -> list[Span]:
    """The full names of the census lists among the model's things, not yet candidates."""
    doc = story.doc
    names: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in _THING_LABELS:
            continue
        start, end = ent.start, ent.end
        while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct):
            end -= 1
        start = address_end(doc, start, end) or start  # "Monsieur | Paul Girard" as ORG
        if not 2 <= end - start <= 4 or any(i in covered for i in range(start, end)):
            continue
        if not _full_name(doc[start:end], cues) or gazetteer.lookup(doc[start:end].text):
            continue  # not "Hong Kong", a place of the gazetteer
        if start > 0 and (doc[start - 1].lower_ in DETERMINERS
                          or doc[start - 1].lower_ in _PLACE_BEFORE):
            continue
        if end < len(doc) and doc[end].text in cues.org_words:
            continue
        names.append(doc[start:end])
    return names


_SUBJECTS = {"nsubj", "nsubjpass"}
_REGNAL = re.compile(r"[IVX]{2,5}|[VX]")  # "II", "VII", "X"; not "I", the pronoun


# Verbs that attribute a quotation or report speech (AP's attribution verbs, "said" first).
_SPEECH_VERBS = frozenset({"say", "tell", "add", "explain", "recall", "ask", "reply", "answer",
                           "write", "insist", "laugh", "whisper", "shout"})


def speaker(word: Token) -> bool:
    """The word is the subject of a verb of saying: "says Ana", "Ana told reporters"."""
    return word.dep_ == "nsubj" and word.head.lemma_.lower() in _SPEECH_VERBS


def subject_names(story: StoryIndex, covered: set[int], gazetteer: Gazetteer,
                  cues: Cues) -> list[Span]:
    """Census full names with no label of the model that are the subject of a verb."""
    doc = story.doc
    names: list[Span] = []
    for token in story.tokens:
        if token.dep_ not in _SUBJECTS or token.pos_ != "PROPN" or token.ent_type_ \
                or token.i in covered or token.head.pos_ not in ("VERB", "AUX") \
                or token.head.i < token.i and not speaker(token):  # "says ANA" stays
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == token.i and _capitalised(doc[start - 1]):
            start -= 1
        while start < token.i and doc[start].lower_ in cues.person_nouns \
                and doc[start].text not in cues.given_names:
            start += 1  # "Photographer" of "Photographer Ana Ruiz": a title
        start = address_end(doc, start, token.i + 1) or start  # "Frau | Greta Hale"
        span = doc[start:token.i + 1]
        if _regnal_name(span, gazetteer, cues):
            names.append(span)
            continue
        if len(span) == 1 and span.text in cues.given_names and speaker(token) \
                and not gazetteer.lookup(span.text):
            names.append(span)  # '"We were scared," says ANA': a given name that speaks
            continue
        if len(span) < 2 or any(t.ent_type_ or t.i in covered for t in span) \
                or not _full_name(span, cues) or gazetteer.lookup(span.text):
            continue
        if start > 0 and (doc[start - 1].lower_ in DETERMINERS
                          or doc[start - 1].lower_ in _PLACE_BEFORE):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text in cues.org_words:
            continue
        names.append(span)
    return names


def _regnal_name(span: Span, gazetteer: Gazetteer, cues: Cues) -> bool:
    """A single capitalised name and a regnal number ("Haakon VII"), the name no common word,
    place or organisation word, with nothing before it that makes it a thing."""
    if len(span) != 2 or not _REGNAL.fullmatch(span[1].text) or not _capitalised(span[0]):
        return False
    doc, word = span.doc, span[0]
    if span.start > 0 and (doc[span.start - 1].lower_ in DETERMINERS
                           or doc[span.start - 1].lower_ in cues.thing_nouns):
        return False
    return not (is_common_word(word.text) or word.text in cues.org_words
                or word.text in cues.place_prefixes or gazetteer.lookup(word.text))


def _full_name(span: Span, cues: Cues) -> bool:
    """A census given name, then middle names, initials or particles, then a census surname;
    every word but a particle capitalised, none an organisation word."""
    first, last = span[0], span[-1]
    if first.text not in cues.given_names or last.lower_ not in cues.surnames \
            or is_common_word(last.text):
        return False
    for token in span:
        if token.text in cues.org_words or token.is_stop:
            return False
        if not (_capitalised(token) or token.lower_ in cues.particles
                or (len(token.text) == 2 and token.text[1] == ".")):
            return False
    return not any("\n" in token.whitespace_ for token in span[:-1])


def _capitalised(token) -> bool:
    """A word with a capital first and small letters after it ("McCombs", "Holt")."""
    return token.text[:1].isupper() and token.is_alpha and not token.is_upper

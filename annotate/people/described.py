"""Names the story itself describes as people, whatever label the model gave them.

A capitalised name is a person's when the words around it say so: dates of a life in brackets
("Ana Ruiz (born May 2, 1961)", "Ana Ruiz (1922-2013)"), an age ("Ruiz, 24,"), a country
after "of" ("Ana Ruiz of Spain"), a person noun in apposition ("Ana
Ruiz, a Spanish geologist,") or as the predicate ("Ana Ruiz is an actress"), a person noun
after a possessive or "the" right before it ("his daughter, Ana", "her brother Tom", "the poet
Keats") or before a verb of naming ("a girl named Isabel"). Person nouns are
models/person_nouns.tsv (WordNet's kinds of person). The model often labels such names ORG or
WORK_OF_ART, or not at all, on copy unlike its training text.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from .cues import Cues, is_name_token
from .pronouns import personal_object
from .spans import MAX_NAME_TOKENS, clean_span
from .story import StoryIndex
from .titles import POSSESSIVES

_POSSESSIVE_DETERMINERS = {"his", "her", "their", "my", "our", "your", "its", "'s", "’s"}
_LIFE_WORDS = {"born", "b.", "née", "nee"}
_DETERMINERS = {"a", "an", "the", "one"}
_MODIFIER_POS = {"ADJ", "PROPN", "NOUN", "NUM", "PUNCT"}  # "a Spanish-born British actor"


def described_people(story: StoryIndex, covered: set[int], gazetteer: Gazetteer,
                     cues: Cues) -> list[Span]:
    """Runs of name tokens, not yet candidates, that their context describes as people."""
    doc, tokens = story.doc, story.tokens
    names: list[Span] = []
    i = 0
    while i < len(doc):
        if i in covered or not _name_word(tokens, i):
            i += 1
            continue
        end = i
        while end < len(doc) and end not in covered and _name_word(tokens, end) \
                and "\n" not in tokens[end].whitespace_ and end - i < MAX_NAME_TOKENS:
            end += 1
        if end < len(doc) and end not in covered and _name_word(tokens, end) \
                and "\n" not in tokens[end - 1].whitespace_:
            i = end  # longer than a name
            continue
        if i in story.title_after:
            i = end  # "Prime Minister of Canada" is a title, not a name
            continue
        if i > 0 and (doc[i - 1].pos_ == "DET" or (doc[i - 1].is_lower and doc[i - 1].pos_ == "ADJ")):
            i = end  # "the hot Gulf Coast": a determiner or an adjective is not before a name
            continue
        if described_as_person(doc, i, end, cues, single=end - i == 1,
                               thing=_thing_label(story, i, end, gazetteer), gazetteer=gazetteer):
            span = clean_span(story, doc[i:end], gazetteer, cues)
            if span is not None and gazetteer.lookup(span.text) is None:
                names.append(span)
        i = end
    return names


def _name_word(tokens: Sequence[Token], i: int) -> bool:
    token = tokens[i]
    return is_name_token(token) or (token.text[:1].isupper() and token.is_alpha
                                    and token.pos_ == "NOUN" and not token.is_sent_start)


def described_as_person(doc: Doc, start: int, end: int, cues: Cues, single: bool = False,
                        thing: bool = False, gazetteer: Gazetteer | None = None) -> bool:
    """Whether the words around tokens start..end describe them as a person. A one-word name
    (``single``), or one the model labels as an organisation, place or product (``thing``:
    "partner General Motors" names a company), needs a possessive person noun before it, life
    dates or an age after it, "'s" and what only a person has ("Debra's death"), or a verb only
    people do ("Orlane died"); a census given name and surname so labelled may also have a
    person noun in apposition or as the predicate ("Georgia Hale, a lawyer,"), or be the
    subject of a verb whose object holds "his" or "her" ("Rose Hale grew roses in her yard")."""
    return _life_dates_after(doc, end) or _age_after(doc, end) or _possessor(doc, end, cues) \
        or _subject_of_person_verb(doc, start, end, cues) \
        or _person_noun_before(doc, start, cues) or _person_named(doc, start, cues) or (
            not single and not thing
            and (_noun_after(doc, end, cues) or _role_before(doc, start, cues)
                 or (gazetteer is not None and of_country_after(doc, end, gazetteer) is not None))
        ) or (thing and _census_pair(doc, start, end, cues)
             and (_noun_after(doc, end, cues) or personal_object(doc, start, end)))


def _census_pair(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A census given name and a census surname, both in title case: "Georgia Hale", "Rose
    Hale". The model labels many such names an organisation or a place when the given name is
    also a place or a common word, and the census full-name rule leaves them out when the
    surname is a common word too ("hale"); a person noun in apposition or as the predicate
    ("Georgia Hale, a lawyer,") still says a person, as it does not for "Georgia Tech, a
    university"."""
    return end - start == 2 and doc[start].text in cues.given_names \
        and doc[end - 1].lower_ in cues.surnames \
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in doc[start:end])


_THING_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW"}


def _thing_label(story: StoryIndex, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the model labels part of a name a thing; a place label counts only where the
    gazetteer knows the place (the model calls unfamiliar given names places: "Kenji")."""
    for i in range(start, end):
        ent = story.ent_at[i]
        if ent is None or ent.label_ not in _THING_LABELS:
            continue
        if ent.label_ not in ("GPE", "LOC") or gazetteer.lookup(ent.text) is not None:
            return True
    return False




def _possessor(doc: Doc, end: int, cues: Cues) -> bool:
    """A name that possesses what only a person has (models/people_cues.tsv, kind possession):
    "Debra's death", "Dalton's atomic theory", "Ruiz's wife", "Roberts' nephew"."""
    if end >= len(doc) or doc[end].text not in POSSESSIVES:
        return False
    head = None
    for token in doc[end + 1:end + 5]:
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") or not token.is_alpha:
            break
        head = token
    return head is not None and (head.lower_ in cues.possessions
                                 or head.lemma_.lower() in cues.possessions)


def _subject_of_person_verb(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A name that is the subject of a verb only people do (models/people_cues.tsv, kind
    person_verb): "Orlane died in 1911", "Kessler married a nurse", "Vance was born in Ohio"
    (the passive subject of "bear")."""
    for token in doc[start:end]:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i >= end \
                and not any("\n" in t.whitespace_ or "\n" in t.text
                            for t in doc[token.i:token.head.i]):
            verb = token.head  # on one line: a heading is no subject of the next line
            if verb.pos_ == "VERB" and verb.lemma_.lower() in cues.person_verbs:
                return verb.lemma_.lower() != "bear" or token.dep_ == "nsubjpass"
    return False


def _age_after(doc: Doc, end: int) -> bool:
    """An age in apposition, AP style: "Sato, 24,"."""
    return (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num
            and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120
            and doc[end + 2].text == ",")


def of_country_after(doc: Doc, end: int, gazetteer: Gazetteer) -> str | None:
    """The country of "Kenji Sato of Japan" (a name, "of" and a country, as sports and wire
    copy introduce people), or None; "of Japan Airlines" is not a country."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    country = doc[end + 1]
    if gazetteer.kind(country.text) not in ("name", "short"):
        return None
    if end + 2 < len(doc) and doc[end + 2].text[:1].isupper():
        return None
    return gazetteer.lookup(country.text)


def _life_dates_after(doc: Doc, end: int) -> bool:
    """"(born May 2, 1961", "(b. 1950", "(1922 - 2013)", "(1922-2013)"."""
    if end + 1 >= len(doc) or doc[end].text != "(":
        return False
    after = doc[end + 1]
    if after.lower_ in _LIFE_WORDS:
        return True
    return (after.like_num and len(after.text) == 4 and end + 3 < len(doc)
            and doc[end + 2].text in ("-", "–", "—") and doc[end + 3].like_num)


def person_noun(doc: Doc, i: int, cues: Cues) -> int | None:
    """The index of a person noun at i, after up to three modifiers; None if there is none."""
    for j in range(i, min(len(doc), i + 4)):
        token = doc[j]
        if token.is_lower and token.lemma_ in cues.person_nouns and token.pos_ == "NOUN":
            following = doc[j + 1] if j + 1 < len(doc) else None
            if following is not None and following.pos_ == "NOUN" and following.is_lower:
                continue  # "a family doctor" is fine, "a brother company" is not a person
            return j
        if token.pos_ not in _MODIFIER_POS or token.text in (",", ".", ";", ":"):
            return None
    return None


def _noun_after(doc: Doc, end: int, cues: Cues) -> bool:
    """", a Spanish geologist", " is an actress", " was the first woman"."""
    if end + 2 >= len(doc):
        return False
    i = end
    if doc[i].text == ",":
        i += 1
    elif doc[i].lemma_ == "be" and doc[i].pos_ == "AUX":
        i += 1
    else:
        return False
    if doc[i].lower_ not in _DETERMINERS:
        return False
    return person_noun(doc, i + 1, cues) is not None


def _person_noun_before(doc: Doc, start: int, cues: Cues) -> bool:
    """"his daughter, Ana", "her brother Tom", "Moreau's sister, Michelle"; and the restrictive
    apposition of "the", a person noun and the name with no comma between, which names that
    person (Quirk et al. 1985, ch. 17, "the poet Burns"): "the woman Eva", "the appellants
    Chase and ..."."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or not (doc[i].is_lower and doc[i].lemma_ in cues.person_nouns):
        return False
    j = i - 1
    while j > 0 and doc[j].pos_ in ("ADJ", "NUM") and doc[j].is_lower:
        j -= 1  # "his third daughter", "her late husband"
    if doc[j].lower_ == "the" and i == start - 1:
        return True  # a close apposition, no comma: "the poet Keats", "the woman Eva"
    return doc[j].lower_ in _POSSESSIVE_DETERMINERS


_NAMING_VERBS = {"named", "called", "nicknamed"}


def _person_named(doc: Doc, start: int, cues: Cues) -> bool:
    """"a girl named Isabel", "a man called Tom", "his friend, named Ana": a person noun and a
    verb of naming right before a name."""
    if start < 2 or doc[start - 1].lower_ not in _NAMING_VERBS:
        return False
    noun = doc[start - 2]
    if noun.text == "," and start >= 3:
        noun = doc[start - 3]
    return noun.is_lower and noun.pos_ == "NOUN" and (noun.lemma_ in cues.person_nouns
                                                       or noun.lower_ in cues.person_nouns)


def _role_before(doc: Doc, start: int, cues: Cues) -> bool:
    """A lower-case person noun right before a full name, AP style: "geologist Ana Ruiz"."""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].pos_ == "NOUN" \
        and doc[start - 1].lemma_ in cues.person_nouns


def coordinated_people(story: StoryIndex, found: list[Span], gazetteer: Gazetteer,
                       cues: Cues) -> list[Span]:
    """Full names coordinated with a person's name ("Ana Ruiz, Tom Hale and Li Wei"), which
    the model labelled otherwise or missed: a list of names in news copy (a line-up, a panel,
    a cast) names people of one kind. Only names of two words or more that the model gives no
    label of a thing (organisation, place, product) are taken."""
    doc = story.doc
    covered = {i for span in found for i in range(span.start, span.end)}
    names: list[Span] = []
    for span in found:
        if len(span) < 2:
            continue
        for conjunct in doc[span.end - 1].conjuncts:
            if conjunct.i in covered or not _name_word(doc, conjunct.i):
                continue
            start = conjunct.i
            while start > 0 and conjunct.i - start < MAX_NAME_TOKENS - 1 \
                    and _name_word(doc, start - 1) and start - 1 not in covered:
                start -= 1
            end = conjunct.i + 1
            if end - start < 2 or (end < len(doc) and _name_word(doc, end)):
                continue
            if doc[start].lower_ in cues.particles or any(k in story.title_after
                                                          for k in range(start, end)) or any(
                    doc[k].text in cues.org_words or (story.ent_at[k] is not None
                                                      and story.ent_at[k].label_ in _THING_LABELS)
                    for k in range(start, end)):
                continue  # "La Paz", a title ("Assistant Professor"), or a thing's label
            name = clean_span(story, doc[start:end], gazetteer, cues)
            if name is not None and len(name) > 1 and gazetteer.code_in(name) is None:
                names.append(name)
                covered.update(range(name.start, name.end))
    return names

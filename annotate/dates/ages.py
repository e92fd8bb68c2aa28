"""Ages, which look like time expressions and are none here: the layer reports when things
happened and how long they lasted, and a person's age is neither:
- "a 44-year-old protester", "52 years old", "children aged 3 months and up", "6 years and 3
  months old": an age by its words.
- "a man in his 40s", "in their late 50s": a decade after a possessive is a person's age.
- "babies under 6 months", "children ages 3 to 5 years", "Twins, 3 months, were ...": a
  person's age, after a person noun (WordNet's, models/person_nouns.tsv, or a plural for
  people) and a word comparing ages, or set off by commas after it as AP style gives ages.
- "Patients as young as 6 months", "Infants up to 12 months should ride": an age as a limit;
  "aged between 18 and 25 years", "from birth to 3 years", "18- to 25-year-olds": a range.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..resources import person_noun_lemmas
from .spans import unit_word

POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}


_AGE = re.compile(r"\b(?:year|month|week|day|hour|decade|centur(?:y|ie))s?[- ]olds?\b|\byears? of age\b",
                  re.IGNORECASE)  # "a 10-year-old", "the centuries-old mosque", "25-year-olds"
# Words that make the amount after them an age limit: "children aged 3 months and up", "ages
# 6 to 12 years", "under 2 years and older" ...
_AGE_BEFORE = {"aged", "age", "ages"}
_AGE_AFTER = re.compile(r"^(?:and|or) (?:up|older|over|younger|under|above|below)\b")


def is_age(span: Span) -> bool:
    """ "a 44-year-old protester", "52 years old", "children aged 3 months and up": an age,
    not a time expression."""
    following = span.doc[span.end:span.end + 2].text
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _AGE_BEFORE \
            or _AGE_AFTER.match(following.lower()) and any(unit_word(t) for t in span):
        return True
    if _age_range(span):
        return True
    if before is not None and before.tag_ == "PRP$" and re.match(
            r"^(?:early |late |mid-?)?(?:\d0s|\w+ties)$", span.text.lower()):
        return True  # "in his 30s", "in her early sixties"
    if _AGE_SECOND_PART.match(span.doc[span.end:span.end + 5].text.lower()) \
            and any(unit_word(t) for t in span):
        return True  # "6 years and 3 months old": the age goes on past the span
    return bool(_AGE.search(span.text) or _AGE.search(f"{span.text} {following}")
                and re.match(r"^-?\s*old\b", following))


def _age_range(span: Span) -> bool:
    """ "Men aged between 18 and 25 years", "range in age from 2 months to 4 years", "from
    birth to 3 years": a range of ages, its limits after "between" or "from" and an age word,
    or counted from birth."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].lower_ in ("between", "from") \
            and doc[start - 2].lower_ in _AGE_BEFORE:
        return True
    return start >= 3 and doc[start - 3:start].text.lower() in (
        "from birth to", "from birth until", "from birth through")


# The second part of an age in two units: "(6 years) and 3 months old", "(2 years), 5 months old"
_AGE_SECOND_PART = re.compile(r"^(?:and|,) \S+ (?:years?|months?|weeks?|days?)(?: -)? old\b")


# A decade of a life: "20s" to "90s" (with the apostrophe AP sometimes writes) or spelled.
_DECADE_OF_LIFE = re.compile(r"^(?:[1-9]0'?s|teens|twenties|thirties|forties|fifties|sixties|"
                             r"seventies|eighties|nineties)$")
_DECADE_PLACING = {"early", "mid", "mid-", "late"}


def is_decade_of_life(span: Span) -> bool:
    """ "a man in his 40s", "both in their late 50s", "now in his seventies": a decade after a
    possessive is a person's age, not a decade of the calendar ("the 1960s", "the '60s"), and
    ages are no time expressions here (see is_persons_age)."""
    if not _DECADE_OF_LIFE.match(span[-1].lower_):
        return False
    i = span.end - 2
    while i >= max(0, span.start - 2) and span.doc[i].lower_ in _DECADE_PLACING:
        i -= 1
    return i >= 0 and (span.doc[i].tag_ == "PRP$" or span.doc[i].lower_ in POSSESSIVES)


# Words that compare an age: "babies under 6 months", "riders over 65 years".
_AGE_COMPARISONS = {"under", "over", "above", "below", "older", "younger", "than", "aged",
                    "age", "ages"}


def is_persons_age(span: Span) -> bool:
    """ "children ages 3 to 5 years", "babies under 6 months", "passengers over 65 years",
    "Twins, 3 months, were ...": a count of time that gives a person's age, after a person
    noun and a word comparing ages, or set off by commas after one (AP style's age)."""
    doc = span.doc
    if _age_limit(span):
        return True
    words = [t for t in span if t.lower_ not in _AGE_COMPARISONS]
    if not words or not any(unit_word(t) for t in words) \
            or not any(t.like_num or t.lower_ in ("a", "an") for t in words):
        return False
    i = span.start
    while span[0].lower_ in _AGE_COMPARISONS and i < span.end and doc[i].lower_ in _AGE_COMPARISONS:
        i += 1  # the comparing words inside the span ("ages 3 to 5 years")
    start = span.start
    if i == span.start:
        while start > 0 and doc[start - 1].lower_ in _AGE_COMPARISONS:
            start -= 1
        if start == span.start:  # no comparing word: an age only in commas after a person,
            # and only a bare count ("Twins, 3 months, were"; not ", a year ago,")
            if not (start >= 2 and doc[start - 1].text == "," and span.end < len(doc)
                    and doc[span.end].text == "," and len(span) == 2
                    and (span[0].like_num or span[0].lower_ in ("a", "an"))
                    and unit_word(span[1])):
                return False
            start -= 1
    if start == 0:
        return False
    person = doc[start - 1]
    if not (person.ent_type_ == "PERSON" or person.pos_ in ("NOUN", "PROPN") and (
            person.lemma_.lower() in person_noun_lemmas() or person.lower_ in _PEOPLE_PLURALS)):
        return False
    comparing = doc[start] if doc[start].lower_ in _AGE_COMPARISONS else None
    if comparing is None or comparing.lower_ not in _AMBIGUOUS_COMPARISONS:
        return True  # commas, "aged", "ages", "older than": said of the person
    # "over", "under" ... may measure the verb's stretch ("paid workers over five years"):
    # an age only when the person is a subject whose verb comes after it ("Passengers over
    # 65 years ride free").
    return person.dep_ in ("nsubj", "nsubjpass") and person.head.i >= span.end


_AMBIGUOUS_COMPARISONS = {"under", "over", "above", "below"}


def _age_limit(span: Span) -> bool:
    """ "Patients as young as 6 months", "Infants up to 12 months should ride ...": "as
    young as" before a count of time always gives an age; "up to" only between a person noun
    subject and its verb, since "pays jobless workers up to 26 weeks of benefits" measures
    how long the benefits last and "Prisoners up to six months behind" how late they are."""
    doc = span.doc
    # the count, after the limit's words when the model took them in ("young as two years")
    start = next((t.i for t in span if t.like_num or t.lower_ in ("a", "an")), span.end)
    if start >= span.end or start > span.start + 3 \
            or not any(unit_word(t) for t in doc[start:span.end]):
        return False
    if doc[max(0, start - 3):start].text.lower() == "as young as":
        return True
    if doc[max(0, start - 2):start].text.lower() != "up to" or start < 3:
        return False
    person = doc[start - 3]
    if span.end >= len(doc) or not _is_person(person) \
            or person.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = doc[span.end]  # the subject's verb or its auxiliary comes right after the age
    return verb.i == person.head.i or verb.head.i == person.head.i \
        and verb.dep_ in ("aux", "auxpass")


def _is_person(token) -> bool:
    return token.ent_type_ == "PERSON" or token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in person_noun_lemmas() or token.lower_ in _PEOPLE_PLURALS)


# Plural nouns for people whose lemma WordNet lists under another form.
_PEOPLE_PLURALS = {"children", "people", "babies", "twins", "kids", "infants", "toddlers",
                   "teens", "teenagers", "adults", "seniors", "patients", "passengers",
                   "riders", "students", "women", "men", "girls", "boys"}

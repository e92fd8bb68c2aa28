"""The constructions around a name that make it a thing or a place, whatever the model's
label: an apposition ("Cry Wolf, a horror film"), a naming verb ("a bar called Beau Soleil"),
a thing noun set off before it, a shared plural head, "its", a work's date or maker, and the
place constructions of ``places.py``.
"""

from __future__ import annotations

from ..gazetteer import Gazetteer
from .appositions import thing_in_apposition
from .cues import Cues
from .places import census_full_name, place_context
from .pronouns import its_object
from .shared_heads import shares_plural_head
from .story import StoryIndex
from .works import created_work, dated_work


def thing_or_place(story: StoryIndex, start: int, end: int, gazetteer: Gazetteer,
                    cues: Cues) -> bool:
    """The constructions around a name that make it a thing or a place whatever the model's
    label: "Cry Wolf, a horror film", "a bar called Beau Soleil" (not "Conrad Black, a
    newspaper publisher": a given name and a surname the model calls a person), "via Al
    Mukalla", "Exeter, Devon", "Copan, Tikal and Chichen Itza", "the Fox and Paramount
    Theaters" (``shared_heads``)."""
    doc = story.doc
    if (thing_in_apposition(doc, end, cues) or _thing_named(doc, start, cues)
            or _thing_noun_in_apposition_before(doc, start, end, cues)) \
            and not census_full_name(story, start, end, cues):
        return True
    if thing_in_apposition(doc, end, cues, cues.place_nouns):
        return True  # "Marie Bellamy: the largest island", whatever the census says
    if shares_plural_head(doc, start, end, cues):
        return True  # "the Fox and Paramount Theaters"
    if "its" in story.positions and its_object(doc, start, end):
        return True  # "Morgan Stanley raised its target": "its" is no person's
    person_before = start > 0 and (doc[start - 1].lemma_.lower() in cues.person_nouns
                                   or start in story.title_before)
    if dated_work(doc, start, end, person_before) or created_work(doc, start, end):
        return True  # "Lena Marsh (1977)", "wrote Tom Farrow": works named after people
    return place_context(story, start, end, gazetteer, cues)


_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # "..., Ruiz said", "..., Ruiz will"



def _thing_noun_in_apposition_before(doc, start: int, end: int, cues: Cues) -> bool:
    """A thing noun and a comma before a name set off as an apposition: "the director's last
    movie, Orla Benn, opened ..."; not the subject of a clause ("sold the company, Ruiz
    said", "..., Ruiz will"), nor after the object of a preposition, whose noun phrase has
    its head further up ("the deputy governor of the Tula region, Ruslan Tsarev,")."""
    if start < 2 or doc[start - 1].text != "," \
            or (end < len(doc) and doc[end].tag_ in _FINITE_VERB_TAGS):
        return False
    noun = doc[start - 2]
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in cues.thing_nouns \
        and noun.lemma_.lower() not in cues.person_nouns and noun.dep_ != "pobj"


def thing_context(story: StoryIndex, start: int, end: int, gazetteer: Gazetteer,
                  cues: Cues) -> bool:
    """Whether the words around one occurrence of a name make it a thing or a place: the
    constructions of ``thing_or_place``, or a lower-case thing noun right before it ("the
    movie X", "retailer X")."""
    if start > 0 and story.doc[start - 1].is_lower \
            and story.doc[start - 1].lower_ in cues.thing_nouns:
        return True
    return thing_or_place(story, start, end, gazetteer, cues)


_NAMING_VERBS = {"called", "named", "dubbed", "titled", "entitled"}


def _thing_named(doc, start: int, cues: Cues) -> bool:
    """Whether a name follows "called"/"named" after a noun that is no kind of person ("a bar
    called X", "a drink named X"); "a man named X", "his son, named X" stay people."""
    if start < 2 or doc[start - 1].lower_ not in _NAMING_VERBS:
        return False
    noun = doc[start - 2]
    if noun.text == ",":
        noun = doc[start - 3] if start >= 3 else noun
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() not in cues.person_nouns \
        and noun.lower_ not in cues.person_nouns

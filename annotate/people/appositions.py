"""An apposition after a name that says what thing or place the name is.

"Cry Wolf, another horror film", "Tiger, the newest browser": a noun phrase set off by a comma
or a colon right after a name, whose head noun names a thing, makes the name a thing. A noun
phrase after a comma that is the subject of the verb after it is no apposition but the start
of a new clause, the comma closing an introductory phrase ("Under Charles III, the city grew",
"After Ana Ruiz, the team signed two players"): the Cambridge Grammar of the English Language
(ch. 15, supplements) sets off an apposition from the clause it stands in, and a noun phrase
that is a subject belongs to its own clause.
"""

from __future__ import annotations

from .cues import DETERMINERS, Cues

_APPOSITION_WORDS = {"ADJ", "NOUN", "PROPN", "ADV", "NUM"}
_SUBJECTS = {"nsubj", "nsubjpass"}


def thing_in_apposition(doc, end: int, cues: Cues, nouns: frozenset[str] | None = None) -> bool:
    """Whether a name at ``end`` is followed by an apposition whose head noun names a thing
    ("Cry Wolf, another horror film", "Tiger, the newest browser"), or one of ``nouns`` when
    given (a place: "Marie Bellamy: the largest island"); not by the subject of a new clause
    ("Under Charles III, the city grew")."""
    if end + 2 >= len(doc) or doc[end].text not in (",", ":") \
            or doc[end + 1].lower_ not in DETERMINERS | {"another"}:
        return False
    head = None
    for token in doc[end + 2:end + 8]:
        if token.text in ("'s", "’s"):
            head = None  # "the company's founder": the possessor is no head
            continue
        if token.pos_ not in _APPOSITION_WORDS or token.is_punct:
            break
        head = token
    nouns = cues.thing_nouns if nouns is None else nouns
    return head is not None and head.pos_ == "NOUN" and head.lower_ in nouns \
        and head.lemma_.lower() not in cues.person_nouns and not _subject_of_clause(head)


def _subject_of_clause(head) -> bool:
    """Whether a noun is the subject of a verb that follows it: "the city" of "the city grew"."""
    return head.dep_ in _SUBJECTS and head.head.i > head.i and head.head.pos_ in ("VERB", "AUX")

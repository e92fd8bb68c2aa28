"""What a pronoun that refers back to a name says about it: English refers to an organisation,
a product or a place with "its", never to a person. A name that is the subject of a verb whose
direct object opens with "its" ("Morgan Stanley raised its target", "Calvin Klein opened its
first store") is the antecedent "its" most readily takes, so the name is a company or a thing
named after a person, not the person. In the same way "his" and "her" refer to a person: a name
the model labels a thing that is the subject of a verb whose object holds one of them ("Rose
Hale grew roses in her yard", "Georgia Hale sold his company") is a person.
"""

from __future__ import annotations

from spacy.tokens import Doc


def its_object(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at start..end is the subject of a verb whose direct object holds the
    possessive "its" ("Charles Schwab cut its fees")."""
    root = next((token for token in doc[start:end] if not start <= token.head.i < end), None)
    if root is None or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(child.dep_ == "dobj" and any(grand.lower_ == "its" and grand.dep_ == "poss"
                                            for grand in child.children)
               for child in root.head.children)


_PERSONAL_POSSESSIVES = {"his", "her"}


def personal_object(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at start..end is the subject of a verb whose direct object, or the
    object of a preposition attached to the verb, holds the possessive "his" or "her" ("Rose
    Hale grew roses in her yard")."""
    root = next((token for token in doc[start:end] if not start <= token.head.i < end), None)
    if root is None or root.dep_ != "nsubj" or root.head.pos_ != "VERB" or root.head.i < end:
        return False
    objects = [child for child in root.head.children if child.dep_ == "dobj"]
    objects += [grand for child in root.head.children if child.dep_ == "prep"
                for grand in child.children if grand.dep_ == "pobj"]
    return any(grand.lower_ in _PERSONAL_POSSESSIVES and grand.dep_ == "poss"
               for noun in objects for grand in noun.children)

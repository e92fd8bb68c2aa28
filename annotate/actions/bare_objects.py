"""A headline's object without an article, which the parser reads as an adverbial noun; and
its subject, which the parser reads as a modifier of the verb.

Headline grammar drops articles ("Venezuela expels German ambassador", "Iran frees detained
tourist"). The small model then often labels the object ``npadvmod``, the label of a bare noun
of time or measure ("met TUESDAY", "rose five PERCENT", "fled HOME"), and the action loses its
object: the lexicon row for the object is missed and the target is not found. Before the
actions layer reads a parse, such a noun is labelled ``dobj`` again when it can be nothing
else: it stands right after the verb, which has no direct object; no word of its phrase is a
date, time, number, amount or measure; and it has no article or possessive of its own (a
phrase with one is no headline's object the parser missed).

The parser also reads the subject of such a headline as a compound of the verb ("Mali JUNTA
expels French ambassador", "Iran COURT sentences tourist"): the noun right before a verb with no
subject, hung on that verb as a compound, is its subject again, and the verb's modifiers before
it are that noun's ("MALI junta").
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .parties import NOT_PARTIES

_NPADVMOD = get_string_id("npadvmod")
_COMPOUND = get_string_id("compound")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def restore_bare_objects(doc: Doc) -> None:
    """Label each article-less object that the parser called ``npadvmod`` ``dobj``."""
    # the labels are read from the doc's array: a Token is made only for an npadvmod (a label
    # changed here is never npadvmod, so the list read first stays right)
    for i in [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep == _NPADVMOD]:
        token = doc[i]
        if is_bare_object(token):
            token.dep_ = "dobj"
    for i in [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep == _COMPOUND]:
        token = doc[i]
        if is_bare_subject(token):
            verb = token.head
            for modifier in [c for c in verb.children if c.i < token.i
                             and c.dep_ in ("compound", "amod", "nmod")]:
                modifier.head = token
            token.dep_ = "nsubj"


def is_bare_subject(token: Token) -> bool:
    """The compound noun is the subject of the verb right after it, which has none."""
    verb = token.head
    return verb.i == token.i + 1 and verb.pos_ == "VERB" and token.pos_ in ("NOUN", "PROPN") and (
        verb.tag_ in ("VBZ", "VBD", "VBP")) and not any(c.dep_ in _SUBJECTS for c in verb.children)


def is_bare_object(token: Token) -> bool:
    """The ``npadvmod`` noun is the direct object of the verb before it (see the docstring)."""
    verb = token.head
    if verb.pos_ != "VERB" or token.pos_ not in ("NOUN", "PROPN") or token.i < verb.i:
        return False
    if token.left_edge.i != verb.i + 1 or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    phrase = token.doc[token.left_edge.i:token.i + 1]
    return not any(t.ent_type_ in NOT_PARTIES or t.like_num or t.dep_ in ("det", "poss")
                   for t in phrase)

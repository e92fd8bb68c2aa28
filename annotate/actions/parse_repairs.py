"""Repairs of the parse before the actions layer reads it: a headline's object without an
article, which the parser reads as an adverbial noun; a headline's subject, which it reads as a
modifier of the verb; and the subject of a second clause joined by "and", which it reads as a
conjunct of the first clause's object.

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

Two clauses joined by "and" lose a subject the same way in any copy: "Kenya condemned the
attack and UGANDA recalled its envoy" is parsed with "Uganda" a conjunct of "attack" and
"recalled" a verb with no subject. A noun right before a finite verb that has no subject,
hung as a conjunct on that verb's conjunct's object, is the verb's subject.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .parties import NOT_PARTIES

_NPADVMOD = get_string_id("npadvmod")
_COMPOUND = get_string_id("compound")
_CONJ = get_string_id("conj")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def repair_parse(doc: Doc) -> None:
    """Label each article-less object that the parser called ``npadvmod`` ``dobj``, and give
    back the subjects the parser hung elsewhere (see the module docstring)."""
    # the labels are read once from the doc's array, so a Token is made only for a word with
    # one of the three labels. No repair makes a new npadvmod, compound or conj, so the
    # positions read first stay right; each reads the labels its earlier repairs left.
    labels = doc.to_array(DEP).tolist()
    at = {label: [i for i, dep in enumerate(labels) if dep == label]
          for label in (_NPADVMOD, _COMPOUND, _CONJ)}
    for i in at[_NPADVMOD]:
        token = doc[i]
        if is_bare_object(token):
            token.dep_ = "dobj"
    for i in at[_COMPOUND]:
        token = doc[i]
        if is_bare_subject(token):
            verb = token.head
            for modifier in [c for c in verb.children if c.i < token.i
                             and c.dep_ in ("compound", "amod", "nmod")]:
                modifier.head = token
            token.dep_ = "nsubj"
    for i in at[_CONJ]:
        verb = doc[i]
        noun = object_taken_for_subject(verb)
        if noun is not None:
            noun.head, noun.dep_ = verb, "nsubj"


def _finite_without_subject(verb: Token) -> bool:
    """A finite verb (past or present tense) with no subject of its own."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD", "VBP") and not any(
        c.dep_ in _SUBJECTS for c in verb.children)


def object_taken_for_subject(verb: Token) -> Token | None:
    """The noun before a conjoined finite verb with no subject that the parse made a conjunct
    of the first verb's object ("condemned the attack and UGANDA recalled"); None otherwise."""
    if verb.i == 0 or not _finite_without_subject(verb):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return noun if first.dep_ == "dobj" and first.head.i == verb.head.i else None


def is_bare_subject(token: Token) -> bool:
    """The compound noun is the subject of the verb right after it, which has none."""
    verb = token.head
    return verb.i == token.i + 1 and token.pos_ in ("NOUN", "PROPN") and (
        _finite_without_subject(verb))


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

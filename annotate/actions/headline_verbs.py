"""Headline grammar: the verb of a headline that the parse read as a noun, and its re-reading
in the past tense.

Headline grammar drops articles and puts the verb in the present ("Iran Frees Detained French
Tourist", "U.S. Lifts Travel Ban to Lebanon"); the small model often reads such a verb after a
name as a plural noun, even in lower case. This module finds that verb (after a name the
re-reading kept, in a noun's modifier slot, or made the subject of the participle after it; a
plural noun the parse made the subject of a verb after it is no verb) and writes the headline
with it in the past tense ("U.S. lifted travel ban"), with a function that moves what is read
from the new text back to the headline's offsets. In the past-tense reading a participle
before its noun modifies it: the noun is the object. :mod:`.headlines` decides which
sentences are read again and puts their actions in the story.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..casing import is_present_tense, present_tense_stems
from .action import Action, Party
from .lexicon import Lexicon, listed_people_nouns


def past_forms(nlp: Language) -> dict[str, str]:
    """Irregular and doubled past forms of verbs from the model's lemmatizer exceptions
    ("held" for hold, "banned" for ban): for each verb the shortest form that is no -ing
    form ("took", not "taken")."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if (
        "lemmatizer" in nlp.pipe_names) else None
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    forms: dict[str, str] = {}
    for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items():
        if form.endswith("ing"):
            continue
        for lemma in lemmas:
            if lemma not in forms or len(form) < len(forms[lemma]):
                forms[lemma] = form
    return forms


def past_tense(verb: str, irregular: dict[str, str]) -> str:
    """The past tense of a verb: an irregular or doubled form of ``irregular``, else the
    regular one ("freed", "denied", "lifted")."""
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


# the slots of a noun's modifiers: a verb tagged VERB there is read as part of a noun phrase
# ("Pakistan ARRESTS opposition leader." with "arrests" a compound of "leader")
_NOUN_SLOTS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def headline_verb(parsed: Doc, verbs: frozenset[str], names: frozenset[int] = frozenset(),
                  participles: frozenset[str] = frozenset()) -> Token | None:
    """The verb of a headline that the parse read as a noun: a present-tense form of a verb
    ("frees", "lifts") right after a name, which keeps its capital in the lower-cased text
    ("Iran frees", "U.S. lifts"), tagged anything but a verb, or a verb in a noun's
    modifier slot (``_NOUN_SLOTS``) or made the subject of the participle after it. The
    name is a proper noun or one the re-reading kept (``names``: its words' offsets in the
    sentence), whatever the parse tagged it ("PAKISTAN arrests" as an adjective);
    ``participles`` as :func:`state_participles`."""
    for token in parsed[1:]:
        before = parsed[token.i - 1]
        if (token.pos_ not in ("VERB", "AUX") or token.dep_ in _NOUN_SLOTS
                or _subject_of_participle(token, participles)) and before.text[:1].isupper() and (
                before.pos_ == "PROPN" or before.idx in names) and is_present_tense(
                token.text, verbs) and not _plural_subject(token, participles):
            return token
    return None


def _subject_of_participle(token: Token, participles: frozenset[str]) -> bool:
    """A verb the parse made the subject of the participle right after it, which takes the
    headline's object: "frees" in "Iran FREES DETAINED French tourist" read as "frees
    detained tourist" with "frees" a noun. The participle then describes people in the state
    an act of coercion or abduction left them in (``participles``, :func:`state_participles`:
    detained, jailed, kidnapped; not "NATO allies ATTACKED Taliban fighters"), so its object
    is a person noun of models/people_nouns.tsv, with no article, as headlines drop them. A
    participle with an auxiliary or an infinitive ("allies have agreed", "allies agreed to
    raise") has its own subject."""
    head = token.head
    if not (token.dep_ == "nsubj" and head.i == token.i + 1 and head.tag_ in ("VBN", "VBD")) or (
            token.lemma_.lower() in listed_people_nouns()):  # "NATO ALLIES detained ...": people
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return head.lemma_.lower() in participles and len(objects) == 1 and (
        objects[0].lemma_.lower() in listed_people_nouns()) and not any(
        c.dep_ in ("det", "poss") for c in objects[0].children) and not any(
        c.dep_ in ("aux", "auxpass", "xcomp", "ccomp") for c in head.children)


def state_participles(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of ``lexicon`` (the one the component was configured with) with a row of
    coercion or abduction (CAMEO 17, 18): what is done to a person and leaves them in a
    state ("detained", "jailed", "kidnapped")."""
    return frozenset(lemma for (lemma, pos), rows in lexicon.rules.items()
                     if pos == "VERB" and any(row.root in (17, 18) for row in rows))


def _plural_subject(token: Token, participles: frozenset[str]) -> bool:
    """A plural noun the parse made the subject of a verb after it: "NATO ALLIES agree",
    "allies have agreed", "allies agreed to raise" (not "frees" before the participle of
    "Iran frees detained tourist", :func:`_subject_of_participle`)."""
    head = token.head
    return token.dep_ == "nsubj" and head.i > token.i and head.pos_ in ("VERB", "AUX") and (
        not _subject_of_participle(token, participles))


def participle_objects(parsed: Doc, at: int) -> None:
    """Headline grammar puts a participle before its noun without an article ("freed
    DETAINED French tourist"); the parse may read the participle as a clause of its own with
    the noun as its object. There the noun is made the object of the headline's verb (at
    offset ``at``) and the participle its modifier, as in "freed the detained tourist"."""
    verb = next((t for t in parsed if t.idx == at), None)
    if verb is None or verb.i + 1 >= len(parsed) or any(
            c.dep_ == "dobj" for c in verb.children):
        return
    participle = parsed[verb.i + 1]
    if participle.head != verb or participle.tag_ not in ("VBN", "VBD") or (
            participle.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "dep")):
        return
    nouns = [c for c in participle.children if c.dep_ == "dobj" and c.i > participle.i]
    if len(nouns) != 1 or any(c.dep_ in ("nsubj", "nsubjpass") or c.i < participle.i
                              for c in participle.children):
        return
    noun = nouns[0]
    noun.head, noun.dep_ = verb, "dobj"
    participle.head, participle.dep_ = noun, "amod"


def misread_opening_verb(sentence: Span, verbs: frozenset[str],
                         participles: frozenset[str] = frozenset()) -> Token | None:
    """The verb of a headline written in sentence case that the parse misread: the first
    word that is not capitalised is a present-tense form of a verb, after a name ("Chad
    expels German ambassador.", "Turkey summons Dutch envoy."), and the parse did
    not make that name the verb's subject: it tagged the verb a noun ("Chad expels" as a
    kind of expulsion) and found no verb in the sentence but the participle it made the
    noun the subject of ("Iran FREES DETAINED French tourist."), or it hung the name on the
    verb as a modifier ("Mali" as an adjective). A plural noun with a verb after it is no
    misread verb ("NATO allies have agreed")."""
    before = None  # word by word, without a list of the sentence: most stop at the second
    for token in sentence:
        if before is None or token.text[:1].isupper():
            before = token
            continue
        if not (token.is_lower and is_present_tense(token.text, verbs)):
            return None
        subject = before.head == token and before.dep_ in ("nsubj", "nsubjpass")
        if token.pos_ == "VERB":
            return None if subject else token
        participle = token.head if _subject_of_participle(token, participles) else None
        return None if any(t.pos_ in ("VERB", "AUX") and t != participle
                           for t in sentence) else token
    return None


def in_past(parsed: Doc, verbs: frozenset[str], irregular: dict[str, str],
            names: frozenset[int] = frozenset(), participles: frozenset[str] = frozenset()
            ) -> tuple[str, Callable[[Action], Action]] | None:
    """The parsed headline with its verb read as a noun (:func:`headline_verb`; ``names`` as
    there) in the past tense, and a function that moves an action read from that text back
    to the headline's offsets; None when the parse read its verb as a verb."""
    verb = headline_verb(parsed, verbs, names, participles)
    if verb is None:
        return None
    return with_past(parsed.text, verb.idx, verb.text, verbs, irregular)


def with_past(text: str, at: int, word: str, verbs: frozenset[str], irregular: dict[str, str]
              ) -> tuple[str, Callable[[Action], Action]]:
    """``text`` with the present-tense verb ``word`` at offset ``at`` in the past tense, and
    a function that moves an action read from the new text back to the offsets of ``text``."""
    stem = next(s for s in present_tense_stems(word.lower()) if s in verbs)
    past = past_tense(stem, irregular)
    delta = len(past) - len(word)
    return (text[:at] + past + text[at + len(word):],
            lambda action: shifted_back(action, at, len(word), delta))


def shifted_back(action: Action, at: int, old: int, delta: int) -> Action:
    """An action read from a text where the word at ``at`` grew by ``delta`` characters (its
    ``old`` length), with the offsets of the text before the change."""

    def back(offset: int) -> int:
        if offset <= at:
            return offset
        if offset >= at + old + delta:
            return offset - delta
        return min(offset, at + old)  # inside the changed word

    def party(found: Party | None) -> Party | None:
        return None if found is None else replace(found, start=back(found.start),
                                                  end=back(found.end))

    location = action.location
    if location is not None:
        location = replace(location, start=back(location.start), end=back(location.end))
    return replace(action, start=back(action.start), end=back(action.end),
                   actor=party(action.actor), target=party(action.target), location=location)

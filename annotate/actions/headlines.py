"""Headlines in title case or capitals: read again with their ordinary words in lower case.

The small model tags every capitalised word of "Russia Expels 10 US Diplomats" a proper noun,
so the verb is never found and the headline reports nothing. Such a sentence is parsed a
second time as a sentence would be written, its ordinary words in lower case and the names
kept as they are (a name of the gazetteer, a person's name, an acronym), and its actions are
read from that parse; where it finds some, they replace what the capitalised parse read.
Lower-casing keeps every character offset, so what is found there is found in the story at
the same offsets.

Headline grammar drops articles and puts the verb in the present ("Iran Frees Detained French
Tourist", "U.S. Lifts Travel Ban to Lebanon"); the small model often reads such a verb after a
name as a plural noun, even in lower case. Where it does, the headline is read once more with
that verb in the past tense, as a sentence reporting the event would put it ("U.S. lifted
travel ban"), and the offsets after the verb are moved back by the difference in length.
The verb is found whatever the parse made of the name before it (a name the re-reading kept:
"PAKISTAN arrests" read as an adjective, "TRUMP slams" as a common noun), and also where the
parse tagged it a verb but put it in a noun's slot ("arrests" a compound of "leader") or made
it the subject of the participle after it ("frees DETAINED tourist", also in sentence case);
a plural noun the parse made the subject of a verb after it is no verb ("NATO allies agree").
In the past-tense reading a participle before its noun modifies it: the noun is the object.
A headline written in sentence case ("Chad expels German ambassador.") is read once more in
the same way when the parse found no verb in it, or did not make the name before the verb
its subject; that reading is taken only where it makes the verb a trigger.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..casing import is_headline_case, is_present_tense, present_tense_stems
from ..gazetteer import Gazetteer
from ..resources import read_table
from .action import Action, Party
from .context import people_at
from .lexicon import Lexicon, load_lexicon

# The pipes a sentence is parsed with again: what the actions layer reads (tags, parse,
# lemmas, entities), not the other annotate layers.
_PARSING_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
                  "annotate_verb_lemmas", "ner")
_LONGEST_NAME = 4  # words of the longest gazetteer name tried ("Democratic Republic of Congo")


def name_tokens(doc: Doc, verbs: frozenset[str]) -> set[int]:
    """The tokens whose case a headline keeps as names: the people layer's names and the words
    of the model's PERSON entities, but for a headline's verb inside them ("Biden MEETS Xi").
    Its other entities are not taken: in a title-case headline they run over the verb and the
    nouns after it ("US IMPOSES NEW SANCTIONS" as one organisation)."""
    names = set(people_at(doc))
    names.update(t.i for entity in doc.ents if entity.label_ == "PERSON" for t in entity
                 if not is_present_tense(t.text, verbs))
    return names


def kept_names(sentence: Span, gazetteer: Gazetteer, names: set[int]) -> set[int]:
    """The tokens of the sentence whose case a re-read headline keeps: ``names`` (token
    indices of names, :func:`name_tokens`), short acronyms ("US", "EU") and the words of a
    name of the gazetteer ("South Korea", "Hamas")."""
    keep = {i for i in names if sentence.start <= i < sentence.end}
    tokens = list(sentence)
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST_NAME, len(tokens) - i), 0, -1):
            span = sentence.doc[tokens[i].i:tokens[i].i + size]
            if gazetteer.lookup(span.text) is not None:
                keep.update(t.i for t in span)
                i += size - 1
                break
        i += 1
    keep.update(t.i for t in tokens if t.text.isupper() and len(t.text) <= 4)
    return keep


def recased(sentence: Span, gazetteer: Gazetteer, names: set[int]) -> str:
    """The sentence's text with its ordinary words in lower case: a word keeps its case when
    it is a name (:func:`kept_names`). The first word is written with a capital, as a
    sentence begins."""
    keep = kept_names(sentence, gazetteer, names)
    pieces = []
    for token in sentence:
        text = token.text if token.i in keep else token.text.lower()
        if token.i == sentence.start:
            text = text[:1].upper() + text[1:]
        pieces.append(text + token.whitespace_)
    return "".join(pieces)


def misread_verb(trigger: Token, lexicon: Lexicon) -> bool:
    """A noun trigger whose compound modifier is a verb of the lexicon: headline grammar read
    as one noun phrase ("U.S. LIFTS travel BAN", parsed as a kind of ban), where the event is
    the verb the parser missed and the noun is its object. Such a reading is not taken."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "compound" and lexicon.candidates(c.lemma_.lower(), "VERB")
        for c in trigger.children)


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


def headline_verb(parsed: Doc, verbs: frozenset[str], names: frozenset[int] = frozenset()
                  ) -> Token | None:
    """The verb of a headline that the parse read as a noun: a present-tense form of a verb
    ("frees", "lifts") right after a name, which keeps its capital in the lower-cased text
    ("Iran frees", "U.S. lifts"), tagged anything but a verb, or a verb in a noun's
    modifier slot (``_NOUN_SLOTS``) or made the subject of the participle after it. The
    name is a proper noun or one the re-reading kept (``names``: its words' offsets in the
    sentence), whatever the parse tagged it ("PAKISTAN arrests" as an adjective)."""
    for token in parsed[1:]:
        before = parsed[token.i - 1]
        if (token.pos_ not in ("VERB", "AUX") or token.dep_ in _NOUN_SLOTS
                or _subject_of_participle(token)) and before.text[:1].isupper() and (
                before.pos_ == "PROPN" or before.idx in names) and is_present_tense(
                token.text, verbs) and not _plural_subject(token):
            return token
    return None


def _subject_of_participle(token: Token) -> bool:
    """A verb the parse made the subject of the participle right after it, which takes the
    headline's object: "frees" in "Iran FREES DETAINED French tourist" read as "frees
    detained tourist" with "frees" a noun. The participle then describes people in the state
    an act of coercion or abduction left them in (a verb with a lexicon row of CAMEO 17 or 18:
    detained, jailed, kidnapped; not "NATO allies ATTACKED Taliban fighters"), so its object
    is a person noun of models/people_nouns.tsv, with no article, as headlines drop them. A
    participle with an auxiliary or an infinitive ("allies have agreed", "allies agreed to
    raise") has its own subject."""
    head = token.head
    if not (token.dep_ == "nsubj" and head.i == token.i + 1 and head.tag_ in ("VBN", "VBD")) or (
            token.lemma_.lower() in _people_nouns()):  # "NATO ALLIES detained ...": people
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return head.lemma_.lower() in _state_participles() and len(objects) == 1 and (
        objects[0].lemma_.lower() in _people_nouns()) and not any(
        c.dep_ in ("det", "poss") for c in objects[0].children) and not any(
        c.dep_ in ("aux", "auxpass", "xcomp", "ccomp") for c in head.children)


@lru_cache(maxsize=1)
def _state_participles() -> frozenset[str]:
    """The verbs of the lexicon with a row of coercion or abduction (CAMEO 17, 18): what is
    done to a person and leaves them in a state ("detained", "jailed", "kidnapped")."""
    return frozenset(lemma for (lemma, pos), rows in load_lexicon().rules.items()
                     if pos == "VERB" and any(row.root in (17, 18) for row in rows))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """The person nouns of models/people_nouns.tsv ("tourist", "diplomat", "reporter")."""
    return frozenset(row["lemma"].lower() for row in read_table("people_nouns.tsv"))


def _plural_subject(token: Token) -> bool:
    """A plural noun the parse made the subject of a verb after it: "NATO ALLIES agree",
    "allies have agreed", "allies agreed to raise" (not "frees" before the participle of
    "Iran frees detained tourist", :func:`_subject_of_participle`)."""
    head = token.head
    return token.dep_ == "nsubj" and head.i > token.i and head.pos_ in ("VERB", "AUX") and (
        not _subject_of_participle(token))


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


def misread_opening_verb(sentence: Span, verbs: frozenset[str]) -> Token | None:
    """The verb of a headline written in sentence case that the parse misread: the first
    word that is not capitalised is a present-tense form of a verb, after a name ("Chad
    expels German ambassador.", "Turkey summons Dutch envoy."), and the parse did
    not make that name the verb's subject: it tagged the verb a noun ("Chad expels" as a
    kind of expulsion) and found no verb in the sentence but the participle it made the
    noun the subject of ("Iran FREES DETAINED French tourist."), or it hung the name on the
    verb as a modifier ("Mali" as an adjective). A plural noun with a verb after it is no
    misread verb ("NATO allies have agreed")."""
    tokens = list(sentence)
    for n, token in enumerate(tokens[1:], 1):
        if token.text[:1].isupper():
            continue
        if not (token.is_lower and is_present_tense(token.text, verbs)):
            return None
        before = tokens[n - 1]
        subject = before.head == token and before.dep_ in ("nsubj", "nsubjpass")
        if token.pos_ == "VERB":
            return None if subject else token
        participle = token.head if _subject_of_participle(token) else None
        return None if any(t.pos_ in ("VERB", "AUX") and t != participle
                           for t in sentence) else token
    return None


def in_past(parsed: Doc, verbs: frozenset[str], irregular: dict[str, str],
            names: frozenset[int] = frozenset()
            ) -> tuple[str, Callable[[Action], Action]] | None:
    """The parsed headline with its verb read as a noun (:func:`headline_verb`; ``names`` as
    there) in the past tense, and a function that moves an action read from that text back
    to the headline's offsets; None when the parse read its verb as a verb."""
    verb = headline_verb(parsed, verbs, names)
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


def reparser(nlp: Language) -> Callable[[str], Doc]:
    """A function that parses a text with the model's pipes only."""
    names = [name for name in _PARSING_PIPES if name in nlp.pipe_names]

    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for name in names:
            doc = nlp.get_pipe(name)(doc)
        return doc

    return parse


def moved(action: Action, doc: Doc, offset: int) -> Action | None:
    """An action read from a sentence parsed on its own, placed in the story: its offsets
    moved by the sentence's start, its token and words the story's (as written, not in lower
    case); None if its words do not line up."""
    span = doc.char_span(action.start + offset, action.end + offset)
    if span is None or len(span) == 0:
        return None

    def party(found: Party | None) -> Party | None:
        if found is None:
            return None
        start, end = found.start + offset, found.end + offset  # the story's words, as written
        return replace(found, start=start, end=end, text=doc.text[start:end])

    location = action.location
    if location is not None:
        start, end = location.start + offset, location.end + offset
        location = replace(location, start=start, end=end, text=doc.text[start:end])
    return replace(action, start=span.start_char, end=span.end_char, token=span.start,
                   actor=party(action.actor), target=party(action.target), location=location,
                   trigger=span.text)


class HeadlineReader:
    """Reads the actions of a story's headlines in title case or capitals from a second parse."""

    def __init__(self, parse: Callable[[str], Doc], verbs: frozenset[str],
                 pasts: dict[str, str], gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.parse = parse  # the model's parsing pipes (reparser)
        self.verbs = verbs  # the model's verbs: a headline's verb is no name
        self.pasts = pasts  # irregular past forms, for a verb read as a noun (past_forms)
        self.gazetteer = gazetteer
        self.lexicon = lexicon

    def actions(self, doc: Doc, found: list[Action],
                read: Callable[[Doc], list[Action]]) -> list[Action]:
        """``found`` (the actions ``read`` gave on ``doc``) with those of each headline in
        title case or capitals read again: where the second parse finds actions, they
        replace what the capitalised parse read."""
        titles = [s for s in doc.sents if is_headline_case(s)]
        found = self._sentence_case(doc, found, read, titles)
        if not titles:
            return found
        names = name_tokens(doc, self.verbs)
        actions = list(found)
        for sentence in titles:
            again = self.parse(recased(sentence, self.gazetteer, names))
            taken = self._taken(again, read)
            kept = frozenset(doc[i].idx - sentence.start_char
                             for i in kept_names(sentence, self.gazetteer, names))
            past = in_past(again, self.verbs, self.pasts, kept)
            if past is not None:  # "U.S. lifts travel ban" read as a noun phrase: "lifted"
                text, back = past
                verb = headline_verb(again, self.verbs, kept)
                parsed = self.parse(text)
                if verb is not None:
                    participle_objects(parsed, verb.idx)  # "freed DETAINED tourist"
                taken = [back(a) for a in self._taken(parsed, read)] or taken
            actions = _replaced(actions, doc, sentence, taken)
        return actions

    def _taken(self, parsed: Doc, read: Callable[[Doc], list[Action]]) -> list[Action]:
        """The actions of a parse, but for a verb read as a noun's modifier (misread_verb)."""
        return [a for a in read(parsed) if not misread_verb(parsed[a.token], self.lexicon)]

    def _sentence_case(self, doc: Doc, found: list[Action], read: Callable[[Doc], list[Action]],
                       titles: list[Span]) -> list[Action]:
        """``found`` with the actions of each headline in sentence case whose verb the parse
        misread (:func:`misread_opening_verb`) read again with that verb in the past tense
        ("Chad expelled German ambassador."), where that reading makes the verb a trigger."""
        actions = found
        for sentence in doc.sents:
            verb = misread_opening_verb(sentence, self.verbs) if sentence not in titles else None
            if verb is None:
                continue
            at = verb.idx - sentence.start_char
            text, back = with_past(sentence.text, at, verb.text, self.verbs, self.pasts)
            parsed = self.parse(text)
            participle_objects(parsed, at)  # "Iran freed DETAINED French tourist."
            taken = [back(a) for a in read(parsed)]
            if not any(a.start == at for a in taken):
                continue  # the past tense made no event of it: not a misread verb
            actions = _replaced(actions, doc, sentence, taken)
        return actions


def _replaced(actions: list[Action], doc: Doc, sentence: Span, taken: list[Action]
              ) -> list[Action]:
    """``actions`` with those of ``sentence`` replaced by ``taken``, the actions read from
    the sentence parsed again (moved to the story's offsets); as they were when none of
    those could be placed in the story."""
    taken = [a for a in (moved(a, doc, sentence.start_char) for a in taken) if a is not None]
    if not taken:
        return actions
    return [a for a in actions if not (sentence.start <= a.token < sentence.end)] + taken

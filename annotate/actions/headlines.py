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
travel ban"), and the offsets after the verb are moved back by the difference in length
(:mod:`.headline_verbs` finds that verb and writes the past-tense text).
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
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..casing import is_headline_case, is_present_tense
from ..gazetteer import Gazetteer
from .action import Action, Party
from .context import people_at
from .headline_verbs import (
    headline_verb,
    in_past,
    misread_opening_verb,
    participle_objects,
    state_participles,
    with_past,
)
from .lexicon import Lexicon

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
        # the lexicon's verbs of coercion or abduction, whose participle describes people
        # ("frees DETAINED tourist"): the configured lexicon's, not the default file's
        self.participles = state_participles(lexicon)

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
            past = in_past(again, self.verbs, self.pasts, kept, self.participles)
            if past is not None:  # "U.S. lifts travel ban" read as a noun phrase: "lifted"
                text, back = past
                verb = headline_verb(again, self.verbs, kept, self.participles)
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
            verb = (misread_opening_verb(sentence, self.verbs, self.participles)
                    if sentence not in titles else None)
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

"""The words that name a party: noun phrases, and the names the parse splits or joins.

A party is named by its head's noun phrase: titles, compounds and possessors before it, and
the whole of a name the model tagged ("the Organization of African Unity"). The parse gets
some coordinations wrong, and this module puts them right for the parties: two people the
model tagged as one name are two ("Hale and Orlov"), a country named with "and" is one
("Trinidad and Tobago"), and a subject the parse hung on a fronted phrase after its comma
("On a visit to Zimbabwe, PRESIDENT RUIZ voiced ...") is the verb's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..gazetteer import load_gazetteer
from ..people.titles import title_kinds
from .context import memoized
from .modality import prospective
from .resultatives import result_word

_NOUN_MODIFIER_DEPS = ("compound", "amod", "poss", "det", "nmod", "nummod", "quantmod")

_NAME_ENTITIES = {"ORG", "GPE", "FAC", "NORP", "PERSON", "LOC"}


@memoized
def coordinated(head: Token) -> list[Token]:
    """The head and its conjuncts, each a party of its own, except a conjunct that is part of
    one name with the head ("TRINIDAD and TOBAGO", "Bosnia and Herzegovina"); also the names
    of a list the parse read as an apposition (:func:`_listed`)."""
    end = _joint_name_end(head)
    return [head] + [c for c in head.conjuncts if not head.i < c.i < end] + _listed(head)


_LIST_ENTITIES = ("ORG", "GPE", "NORP")


def _listed(head: Token) -> list[Token]:
    """The names after the head in a list the parse took for an apposition with conjuncts of
    its own: "The UN, THE AFRICAN UNION and THE EU called ..." parsed as "UN" with the
    apposition "African Union and EU". An apposition renames its head and is not coordinated
    itself, so one with "and" and a conjunct, between names of states, peoples or
    organisations, is the list's next member."""
    if head.ent_type_ not in _LIST_ENTITIES:
        return []
    return [n for a in head.children if a.dep_ == "appos" and a.i > head.i
            and a.ent_type_ in _LIST_ENTITIES and a.conjuncts
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in a.children)
            for n in [a, *a.conjuncts]]


def _joint_name_end(head: Token) -> int:
    """The end of a name the gazetteer knows that runs from the head through a conjunct
    ("Trinidad and Tobago" parsed as two conjoined places); the head's own end otherwise."""
    doc = head.doc
    for conjunct in head.conjuncts:
        if conjunct.i > head.i and conjunct.i - head.i <= 4 and load_gazetteer().lookup(
                doc[head.i:conjunct.i + 1].text) is not None:
            return conjunct.i + 1
    return head.i + 1


@memoized
def noun_phrase_of(head: Token) -> Span:
    """The head with its left modifiers (titles, compounds, possessors): "the U.S. diplomats"."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NOUN_MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    end = _joint_name_end(head) if head.conjuncts else head.i + 1
    for child in head.rights:  # keep flat name continuations ("Orlov Jr.")
        if child.dep_ in ("compound", "flat", "appos") and child.i == end and child.dep_ != "appos":
            end = child.i + 1
        elif child.dep_ in ("amod", "acl") and child.i == end and (
                child.lemma_.lower() in _SIDE_ADJECTIVES) and child.tag_ in ("JJ", "VBN"):
            end = _side_end(child, end)  # "forces LOYAL TO HAFTAR": whose side they are on
    doc = head.doc
    end = max(end, _title_end(head))  # "the Malian HEAD OF STATE", not "the Malian head"
    if head.is_title and head.ent_type_ in ("", "ORG") and end == head.i + 1 < len(doc) and (
            doc[end].is_title and doc[end].dep_ == "prep"):
        end = _titled_phrase_end(head)  # "Doctors WITHOUT BORDERS"
    if head.ent_type_ in _NAME_ENTITIES:  # "the ORGANIZATION of African Unity": the whole name
        first, last = head.i, head.i + 1  # the entity's tokens, from its B token on
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        if head.conjuncts and load_gazetteer().lookup(doc[first:last].text) is None:
            # "a meeting between HALE and Orlov" tagged as one name: each conjunct is its own
            # party, unless the whole is one name ("Bosnia and Herzegovina")
            joins = [t.i for t in doc[first:last] if t.dep_ == "cc"]
            first = max([first] + [j + 1 for j in joins if j < head.i])
            last = min([last] + [j for j in joins if j > head.i])
            while last > head.i + 1 and doc[last - 1].is_punct:
                last -= 1
        start, end = min(start, first), max(end, last)
    # a dateline or a heading glued on by the parse ("KABUL -- A Taliban attack") is not part
    # of the phrase: it starts after the last dash or colon before the head
    breaks = [t.i for t in doc[start:head.i] if t.is_punct and t.text.strip("-:—–") == ""
              and not _word_hyphen(t)]
    if breaks:
        start = breaks[-1] + 1
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    # "the World Health Organization (WHO)": an opened bracket closes inside the phrase
    if end < len(doc) and doc[end].text == ")" and (
            sum(t.text == "(" for t in doc[start:end]) > sum(t.text == ")" for t in doc[start:end])):
        end += 1
    return doc[start:end]


def _word_hyphen(token: Token) -> bool:
    """A hyphen inside a word, glued to both neighbours ("Saudi-led"), not a dash."""
    return (token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_
            and not token.whitespace_)


# Second halves of compounds whose first half names someone else than the party: "IRANIAN-BACKED
# rebels" are not Iran, "UN-BROKERED talks" not the UN's, "ISRAELI-OCCUPIED Golan" not Israel.
_SPONSOR_WORDS = frozenset({"backed", "sponsored", "supported", "funded", "allied", "aligned",
                            "armed", "trained", "equipped", "made", "inspired", "brokered",
                            "mediated", "occupied", "controlled", "held", "appointed",
                            "installed", "imposed", "based"})


def names_a_sponsor(doc: Doc, start: int, end: int) -> bool:
    """The words doc[start:end] are the first half of such a compound ("IRANIAN-backed"), or
    follow "pro-" or "anti-" ("pro-RUSSIAN separatists" are not Russia)."""
    return (end + 1 < len(doc) and _word_hyphen(doc[end])
            and doc[end + 1].lower_ in _SPONSOR_WORDS) or (
        start >= 2 and _word_hyphen(doc[start - 1]) and doc[start - 2].lower_ in ("pro", "anti"))


def names_an_ethnicity(doc: Doc, start: int) -> bool:
    """The word at ``start`` follows "ethnic" ("ethnic ALBANIANS in Macedonia", "ethnic
    RUSSIAN separatists"): a people by descent, who live in another state as often as not, so
    the word does not make the party that country's."""
    return start >= 1 and doc[start - 1].lower_ == "ethnic"


def of_ethnicity(head: Token) -> bool:
    """The noun is modified by "ethnic" ("ETHNIC Albanians", "ETHNIC Turks"): a people by
    descent, not the people of a state (see :func:`names_an_ethnicity`)."""
    return any(c.lower_ == "ethnic" for c in head.children)


def leader_named(span: Span) -> str | None:
    """The name before "-led" written as one token ("U.S.-led forces" -> "U.S."): who leads
    a coalition or force is its party. Three tokens ("Saudi - led") need no help."""
    return next((token.text[:-4] for token in span if token.lower_.endswith("-led")), None)


@lru_cache(maxsize=1)
def _titles_with_of() -> dict[str, list[tuple[str, ...]]]:
    """The titles of models/titles.tsv written with "of" ("head of state", "Minister of
    Defense"), as lower-case word tuples, by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in title_kinds():
        if " of " in title:
            words = tuple(title.lower().split())
            by_first.setdefault(words[0], []).append(words)
    return by_first


def _title_end(head: Token) -> int:
    """Where a title that starts at the head and goes on with "of" ends ("head OF STATE"),
    else right after the head."""
    doc, found = head.doc, head.i + 1
    for title in _titles_with_of().get(head.lower_, ()):
        last = head.i + len(title)
        if last <= len(doc) and last > found and tuple(
                t.lower_ for t in doc[head.i:last]) == title:
            found = last
    return found


def _titled_phrase_end(head: Token) -> int:
    """Where a name goes on through a capitalised preposition ends: "Doctors WITHOUT BORDERS",
    "Reporters Without Borders" (a preposition in a name is capitalised in title case, not in
    running text); else right after the head."""
    follower = head.i + 1
    prep = head.doc[follower]
    if prep.head.i != head.i or not head.text[:1].isupper():
        return follower
    names = [o for o in prep.children if o.dep_ == "pobj" and o.text[:1].isupper()]
    return names[0].right_edge.i + 1 if names else follower


def after_fronted_phrase(verb: Token) -> Token | None:
    """The name right before a verb without a subject that the parse put inside a fronted
    phrase, after the phrase's comma: "On a visit to Zimbabwe, SOUTH AFRICAN PRESIDENT CYRIL
    RAMAPHOSA voiced ..." parsed as "Zimbabwe and Ramaphosa" or "to Ramaphosa"."""
    if verb.i == 0 or verb.pos_ != "VERB":
        return None
    doc = verb.doc
    name = doc[verb.i - 1]  # the name first: reading the sentence costs more
    if name.pos_ not in ("PROPN", "NOUN") or name.dep_ not in ("conj", "appos", "pobj"):
        return None
    opener = doc[verb.sent.start]
    if not (opener.dep_ == "prep" and opener.head.i == verb.i
            and opener.i <= name.head.i < name.i):
        return None
    commas = [t.i for t in doc[opener.i:verb.i] if t.text == ","]
    if not commas or any(t.pos_ in ("VERB", "AUX") for t in doc[commas[-1] + 1:verb.i]):
        return None
    return name


@memoized
def party_span(head: Token) -> Span:
    """The words that name a party: the head's noun phrase, without what a misjoined subject's
    phrase took from the fronted phrase before its comma ("a visit to Zimbabwe, PRESIDENT
    RUIZ"), and without the first word of a correlative pair ("BOTH Kenya and Uganda",
    "NEITHER Kenya nor Uganda": each conjunct is a party of its own), and without the result
    word of "set FREE the prisoners" that the parse made their modifier."""
    span = noun_phrase_of(head)
    if misjoined(head):
        commas = [t.i for t in span if t.text == "," and t.i < head.i]
        span = head.doc[(commas[-1] + 1) if commas else span.start:span.end]
    if span.start < head.i and head.doc[span.start].lower_ in _CORRELATIVES and any(
            c.dep_ == "conj" for c in head.children):  # not "BOTH SIDES"
        span = span[1:]
    if span.start < head.i and head.dep_ == "dobj" and span[0].dep_ == "amod" and result_word(
            head.head) == span[0]:  # "set FREE three aid workers": the result word is not theirs
        span = span[1:]
    return span


# Adjectives after a noun of people that say whose side they are on (postmodifying adjective
# phrases, Quirk et al. 1985, 17.56), and the participles of affiliation, by lemma: "forces
# LOYAL TO the general", "gunmen LINKED TO al-Qaeda", "militias ALLIED WITH the army".
_SIDE_ADJECTIVES = frozenset({"loyal", "close", "opposed", "sympathetic",
                              "link", "ally", "affiliate", "align", "tie"})  # participles


def _side_end(adjective: Token, end: int) -> int:
    """Where "loyal TO X", "allied WITH X" ends: after the object's head, or after its
    of-phrase ("loyal to the president OF KENYA"); not after what the parse hung on it ("loyal
    to the general ON SUNDAY"). ``end`` when the adjective has no such object."""
    objects = [o for p in adjective.children if p.dep_ == "prep" and p.i == adjective.i + 1
               for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    if not objects:
        return end
    head = objects[0]
    owners = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              and p.i == head.i + 1 for o in p.children if o.dep_ == "pobj"]
    return (owners[0] if owners else head).i + 1


# The first words of the correlative coordinators (Quirk et al. 1985, 13.33).
_CORRELATIVES = frozenset({"both", "either", "neither"})


@memoized
def misjoined(token: Token) -> bool:
    """The token is the subject of the next verb that the parse joined to a fronted phrase
    ("On a visit to Zimbabwe, RAMAPHOSA voiced"): not a conjunct of that phrase."""
    return token.i + 1 < len(token.doc) and after_fronted_phrase(token.doc[token.i + 1]) == token


_FINITE_TAGS = ("VBD", "VBZ", "VBP")
# Verbs of an attribution that closes or interrupts the sentence's report (", officials SAID,").
_ATTRIBUTION_VERBS = frozenset({"say", "tell", "report", "announce", "add", "state", "confirm"})


def _past_attribution(verb: Token) -> Token | None:
    """The verb of the reported clause that a participle clause after an interposed or closing
    attribution belongs to: "Taliban fighters OVERRAN an army base, officials said Tuesday,
    KILLING 17 soldiers" (the parse hangs "killing" on "said", yet the officials killed no
    one: a participle clause takes the subject of the clause it follows, Quirk et al. 1985,
    15.59). None for any other verb, and for an attribution that opens the sentence ("Police
    said ..., ADDING that"): there the speaker goes on speaking."""
    speech = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or speech.i > verb.i or (
            speech.lemma_.lower() not in _ATTRIBUTION_VERBS):
        return None
    if speech.dep_ == "parataxis" and speech.head.i < speech.i:
        return speech.head  # "X attacked Y, media said, killing": the report is the head
    reported = [c for c in speech.children if c.dep_ == "ccomp" and c.i < speech.i]
    return reported[0] if reported else None


def _to_infinitive(verb: Token) -> bool:
    """A base-form verb with its own "to", complement or adjunct of another verb."""
    return verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl", "ccomp") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def rejoins_main_clause(verb: Token) -> Token | None:
    """The main verb a conjunct verb belongs to when the parse hung it on the verb of a
    that-clause: a finite verb ("ACCUSED") with no subject of its own, joined to a content
    verb whose auxiliary it cannot share, with a direct object of its own ("denied that the men
    HAD BEEN mistreated and ACCUSED THEM": "had been accused them" is no English), so it shares
    the main subject. Also the reported clause a participle belongs to when the parse hung it
    on a closing attribution (:func:`_past_attribution`), and the verb of a prospective "on
    the verge of" whose gerund is the act ("Kenya IS on the verge of EXPELLING"). None
    for any other verb ("said police arrested the men and CHARGED them": same clause)."""
    reported = _past_attribution(verb)
    if reported is not None:
        return reported
    if verb.dep_ == "pcomp" and prospective(verb):  # on (-> verb) the verge of (-> EXPELLING)
        main = verb.head.head.head.head
        return main if main.pos_ in ("VERB", "AUX") else None
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if _to_infinitive(head) and verb.tag_ == "VBD":
        # "asked Israel TO HALT the raids and SUMMONED its envoy": a past tense cannot join a
        # to-infinitive ("to summoned" is no English), so it is the main verb's conjunct
        main = head.head
        return main if main.pos_ in ("VERB", "AUX") and main.i < head.i else None
    if head.dep_ != "ccomp":
        return None
    if not any(c.dep_ in ("aux", "auxpass") for c in head.children) or head.tag_ != "VBN" or (
            not any(c.dep_ == "dobj" for c in verb.children)):
        return None  # "had been arrested and CHARGED with fraud": a participle, tagged VBD
    main = head.head
    # the main verb must come first: after a fronted clause ("X had ... and OPENED an embassy,
    # the ministry SAID") the report is its source, and the conjuncts are its content
    return main if main.pos_ in ("VERB", "AUX") and main.i < head.i else None



@memoized
def headline_conjuncts(subject: Token) -> list[Token]:
    """Names a headline joins to the subject with a comma for "and" ("KENYA, Uganda sign trade
    pact", "SUDAN ARMY, RSF agree", AP headline style), which the parse hangs on the verb as a
    loose dependent: a name, or a noun a name modifies, right before the subject's phrase, the
    comma between them."""
    doc, verb = subject.doc, subject.head
    start = subject.left_edge.i
    return [c for c in verb.children if (c.dep_ in ("dep", "npadvmod") or c.dep_ in (
                "amod", "advmod", "advcl") and c.ent_type_ == "NORP")  # "RUSSIAN, Chinese ships"
            and c.i + 2 == start and doc[c.i + 1].text == "," and _names_a_party(c)
            and c.left_edge.i == doc[c.i].sent.start]


def _names_a_party(word: Token) -> bool:
    """A name ("KENYA"), a nationality ("RUSSIAN, Chinese warships"), or a noun a name
    modifies ("SUDAN army", "KENYAN police")."""
    if word.pos_ == "PROPN" or word.ent_type_ == "NORP":
        return word.ent_type_ in _NAME_ENTITIES
    return word.pos_ == "NOUN" and any(m.ent_type_ in _NAME_ENTITIES for m in word.lefts)

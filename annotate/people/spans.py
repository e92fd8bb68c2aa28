"""Cleaning a candidate name span to the name itself.

The model's PERSON entities and the names found after titles often carry more or less than the
name: a title or a country glued on ("Foreign Minister Dmitry Orlov", "U.S. Lavrov"), a
determiner, a possessive "'s", punctuation, a line break of scraped copy; or they miss part of
it: the other half of a hyphenated name, the particles of "van der Linden", the "Leary" of
"O'Leary".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from .address import address_end
from .cues import Cues, is_name_token, is_particle_prefix
from .epithets import with_epithet
from .story import StoryIndex
from .titles import alias_at

# Words a name never starts or ends with (the model sometimes glues them on).
_EDGE_WORDS = {"the", "a", "an", "former", "then", "late", "acting", "new", "'s", "’s", "'", "’"}
MAX_NAME_TOKENS = 5
# Brackets: a name never runs across one ("[George W.] Bush" is "Bush"; "Jules (1962").
_OPENING, _CLOSING = {"(", "["}, {")", "]"}
# Words of the closed classes that a model sometimes glues to the front of a name at the
# start of a sentence ("Together Bernoulli and Euler", "Both Chao and Yang").
_FUNCTION_POS = {"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX", "PART"}


def clean_span(story: StoryIndex, span: Span, gazetteer: Gazetteer, cues: Cues) -> Span | None:
    """Trim a candidate name to the name itself, or return None if nothing is left."""
    doc = story.doc
    start, end = span.start, span.end
    # A line break inside a name span: keep the part after the last break (scraped copy
    # breaks lines before names more often than inside them).
    for i in range(start, end - 1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    start, end = _inside_brackets(doc, start, end)
    changed = True
    while changed and start < end:
        changed = False
        title_end = story.title_after.get(start)
        if title_end is not None and title_end < end:
            start, changed = title_end, True
            continue
        if title_end is not None and title_end >= end and doc[start].text[:1].isupper():
            return None  # a title alone ("Dame" before a line break) names nobody
        form_end = address_end(doc, start, end)  # "Herr | Klaus Weber", never a cue alone
        if form_end is not None:
            start, changed = form_end, True
            continue
        first = doc[start]
        if first.is_punct or first.is_space or _quote(first) or first.lower_ in _EDGE_WORDS \
                or (_glued_word(first, cues) and not _modal_given_name(doc, start, end, cues)) \
                or list_marker(doc, start) \
                or _role_word_as_title(doc, start, end, cues):
            start, changed = start + 1, True
            continue
        alias = alias_at(doc, start, gazetteer)
        if alias is not None and alias[1] < end \
                and _glued_country(doc, start, alias[1], end, gazetteer) \
                and not _given_name_first(story, start, alias[1], end, cues):
            start, changed = alias[1], True
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or _quote(doc[end - 1])
                           or doc[end - 1].lower_ in _EDGE_WORDS or doc[end - 1].like_num
                           or doc[end - 1].text in cues.postnominals):
        end -= 1
    end = _before_capitals_function_word(doc, start, end)
    start, end = extend_span(story, start, end, cues)
    end = with_epithet(doc, start, end) if start < end else end  # "Peter the Great"
    if start >= end or end - start - sum(_quote(t) or _joining_hyphen(t)
                                         for t in doc[start:end]) > MAX_NAME_TOKENS:
        return None  # quotation marks around a nickname, the hyphens of "Abdel-Fattah
        # el-Sissi", are no words of the name
    name = doc[start:end]
    if not any(token.text[:1].isupper() for token in name):
        return None
    if any(token.like_num or token.text == "," for token in name):
        return None  # "Tab 4", "H. R. 1280", "S. F., Cal": not a person's name
    if not any(t.whitespace_ for t in name[:-1]) and gazetteer.lookup(name.text) is not None:
        return None  # a bare country, demonym or group in one word ("al-Shabab") is no person
    return name


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Abdel-Fattah"), between two tokens with no space."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and (
        not token.doc[token.i - 1].whitespace_)


def list_marker(doc: Doc, i: int) -> bool:
    """Whether token i is the letter of a lettered list item ("A. ...", "B. ..." opening
    lines, as the options of a quiz or the points of an outline), not an initial: a capital and
    a period opening a line, with the letter before or after it opening another line nearby."""
    text = doc[i].text
    if len(text) != 2 or text[1] != "." or text[0] not in _LETTERS or not line_start(doc, i):
        return False
    letter = _LETTERS.index(text[0])
    siblings = {_LETTERS[k] + "." for k in (letter - 1, letter + 1) if 0 <= k < len(_LETTERS)}
    return any(doc[j].text in siblings and line_start(doc, j)
               for j in range(max(0, i - 40), min(len(doc), i + 40)) if j != i)


def line_start(doc: Doc, i: int) -> bool:
    """Whether token i opens a line."""
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


_OPENING_QUOTES = {'"', "“", "'", "‘", "``"}
_CLOSING_QUOTES = {'"', "”", "'", "’", "''"}


def _quote(token: Token) -> bool:
    """A quotation mark, also as old wire copy types it: "``" (which spaCy splits into two
    backquotes, not punctuation by its lexeme flag) and "''"."""
    return bool(token.text) and all(char in "`'\"“”‘’" for char in token.text)


def with_nickname(span: Span) -> Span:
    """A name with a nickname in quotes between its given name and its surname, as
    biographies and sports copy write it ('Earvin "Magic" Johnson'), as one name when the model
    found only a part of it."""
    doc = span.doc
    for i in range(max(1, span.start - 3), min(span.end + 1, len(doc))):
        close = _nickname_at(doc, i)
        if close is None or close + 1 >= len(doc) or not _name_word(doc[i - 1]) \
                or not _name_word(doc[close + 1]):
            continue
        start, end = i - 1, close + 2
        if not (start < span.end and span.start < end):
            continue  # the nickname belongs to a name next to this one
        while start > 0 and _name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_ \
                and end - start < MAX_NAME_TOKENS:
            start -= 1
        while end < len(doc) and _name_word(doc[end]) and "\n" not in doc[end - 1].whitespace_ \
                and end - start < MAX_NAME_TOKENS:
            end += 1
        return doc[min(start, span.start):max(end, span.end)]
    return span


def _nickname_at(doc: Doc, i: int) -> int | None:
    """The closing quote of a capitalised word in quotes that opens at token i, on one line
    ("Magic" at i..i+2, or ``Che'' at i..i+3, whose "``" spaCy splits in two); None if none."""
    word = i + 2 if i + 1 < len(doc) and doc[i].text == doc[i + 1].text == "`" else i + 1
    if word == i + 1 and (i >= len(doc) or doc[i].text not in _OPENING_QUOTES):
        return None
    close = word + 1
    if close >= len(doc) or not (doc[word].text[:1].isupper() and doc[word].is_alpha) \
            or doc[close].text not in _CLOSING_QUOTES \
            or any("\n" in doc[k].whitespace_ for k in range(i - 1, close + 1) if k >= 0):
        return None
    return close


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def trim_postnominals(span: Span, cues: Cues) -> Span:
    """A name without the post-nominal letters after it ("Zara Holm DBE RA" is "Zara Holm")."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].text in cues.postnominals:
        end -= 1
    return span if end == span.end else span.doc[span.start:end]


def initials_after_surname(doc: Doc, start: int, end: int) -> bool:
    """Whether a span of initials alone follows a surname and a comma: the postnominal of a
    judge in court copy ("Roberts, C. J.", "Hale, P. J."), or the given names of a name written
    surname first; either way not a person's name by itself."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].text[:1].isupper() \
        and all(len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
                for token in doc[start:end])


def _inside_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The part of a span after its last closing bracket and before its first opening one."""
    for i in range(start, end):
        if doc[i].text in _CLOSING:
            start = i + 1
    for i in range(start, end):
        if doc[i].text in _OPENING:
            return start, i
    return start, end


def _role_word_as_title(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A person noun before a name, used as a title or role word. Opening a sentence, it is
    capitalised only because it opens it ("Chef Marisol Vega opened ...", "Architect Tomas
    Brandt designed it": AP style writes such role words in lower case before a name); then
    it must not be a given name or a surname of the census lists ("Dean Forester", "Baker
    Hale"), and two name words must follow. Inside a sentence, see ``role_title_at``."""
    token = doc[start]
    if end - start < 2:
        return False
    if token.is_sent_start or start == 0:
        return end - start >= 3 and _person_noun_word(token, cues) \
            and token.lower_ not in cues.surnames
    return role_title_at(doc, start, cues)


def role_title_at(doc: Doc, i: int, cues: Cues) -> bool:
    """Whether token i, inside a sentence and a line, is a capitalised common noun of a kind
    of person, which English capitalises before a name as a title of rank or office ("a
    statue of Pharaoh Nakhtmin", "the tomb of Abbot Lucas Ferreira"), whichever title list
    lacks it. Not a census given name ("Hunter Caldwell"), nor a noun WordNet itself writes
    capitalised, the name of a people or a creed's follower ("Hun Sen", "the Miami Gonzalez
    family"), but it may be a surname: inside a sentence the capital is the title's ("Abbot",
    "Czar")."""
    token = doc[i]
    return not (token.is_sent_start or i == 0 or line_start(doc, i)) \
        and _person_noun_word(token, cues) and token.lower_ not in cues.proper_person_nouns


def _person_noun_word(token: Token, cues: Cues) -> bool:
    """A capitalised word that is a WordNet person noun and not a census given name."""
    return token.is_title and token.is_alpha and token.lower_ in cues.person_nouns \
        and token.text not in cues.given_names


def _glued_word(token: Token, cues: Cues) -> bool:
    """A word the model glued before a name: a lower-case common word that is not a particle
    ("magician David Gish", "of Athens"), or a closed-class word ("Together Bernoulli")."""
    if token.lower_ in cues.particles:
        return False
    if token.is_lower and token.is_alpha:
        return True
    return token.pos_ in _FUNCTION_POS and token.is_stop


def _modal_given_name(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A given name that is also a modal verb, opening a name the model labels ("Will Hale
    joined", "May Ortiz was born"): the tagger reads a modal, but a finite verb after the name
    shows a statement, not a question ("Will Hale join?")."""
    first = doc[start]
    if first.tag_ != "MD" or first.text[:1] != first.text[:1].upper() or end - start < 2 \
            or first.text not in cues.given_names or not doc[start + 1].text[:1].isupper():
        return False
    after = doc[end] if end < len(doc) else None
    return after is not None and after.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _before_capitals_function_word(doc: Doc, start: int, end: int) -> int:
    """In a name written in capitals, the end before the first function word: "ELIZABETH B.
    PRELOGAR ON BEHALF" is "ELIZABETH B. PRELOGAR"."""
    for i in range(start + 1, end):
        token = doc[i]
        if token.is_upper and token.is_alpha and len(token) > 1 and token.is_stop:
            return i
    return end


def _given_name_first(story: StoryIndex, start: int, alias_end: int, end: int,
                      cues: Cues) -> bool:
    """Whether a one-word country before a name is the person's given name: a census given name
    ("Chad Michael Murray", "Jordan Ellis Reed") in a span the model calls a person, not a title
    after it ("Chad President Idriss Deby")."""
    ent = story.ent_at[start]
    return alias_end - start == 1 and story.doc[start].text in cues.given_names \
        and ent is not None and ent.label_ == "PERSON" and ent.end >= end \
        and alias_end not in story.title_after


def _glued_country(doc: Doc, start: int, alias_end: int, end: int,
                   gazetteer: Gazetteer) -> bool:
    """Whether a country at the start of a name span is glued on ("U.S. Lavrov", "Russian
    Sergey Lavrov") rather than a first name that is also a place ("Paris Nikolaidis",
    "Georgia Whitlock", "Chad Whitaker"): a demonym, an abbreviation or an institution is
    always glued; a country or city name only when a full name follows it."""
    kind = gazetteer.kind(doc[start:alias_end].text)
    if kind not in ("name", "capital") or alias_end - start > 1:
        return True
    return end - alias_end > 1


def extend_span(story: StoryIndex, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """Take in the parts of a name the model cut off: the other half of a hyphenated name
    ("Reyes-" + "Aquino"), lower-case particles and what follows them ("Pieter van" + "der
    Linden"), elided prefixes ("O'" + "Leary"), and the regnal numeral of a titled name
    ("Emperor Franz Joseph" + "I"). Returns the new (start, end)."""
    doc = story.doc
    if end - start == 1 and _given_name_cut_off(story, start, cues):
        start -= 1  # "Hope" + "Lin said": the model often drops a given name that is a word
    while start >= 2 and _joined(doc, start - 2, start) and doc[start - 2].text[:1].isupper():
        start -= 2
    while start > 0 and doc[start - 1].lower_ in cues.particles and (
            doc[start - 1].is_lower or doc[start - 1].is_sent_start):
        start -= 1  # "Van der" + "Linden" at the start of a sentence
    changed = True
    while changed:
        changed = False
        if end + 1 < len(doc) and _joined(doc, end - 1, end + 1) and doc[end + 1].text[:1].isupper():
            end, changed = end + 2, True
            continue
        if end + 2 < len(doc) and is_name_token(doc[end]) and _joined(doc, end, end + 2) \
                and end not in story.title_after and _free_or_exactly(story, end, end + 3):
            end, changed = end + 3, True  # "Maria Consuelo" + "Reyes-Aquino" (even as ORG)
            continue
        extended = _extend_particle(doc, end)
        if extended != end:
            end, changed = extended, True
            continue
        particles = end
        while particles < len(doc) and doc[particles].text in cues.particles \
                and particles - end < 3:
            particles += 1
        if particles > end and particles < len(doc) and is_name_token(doc[particles]):
            end, changed = particles + 1, True
    if _regnal_numeral(doc, end) and "\n" not in doc[end - 1].whitespace_ \
            and (start in story.title_before or (start > 0 and role_title_at(doc, start - 1, cues))):
        end += 1  # "Emperor Franz Joseph I", "King Rama V"
    return start, end


def _given_name_cut_off(story: StoryIndex, i: int, cues: Cues) -> bool:
    """Whether the word before a one-word name ``i``, a census surname, is a census given name
    the model left out of the name: a proper noun in title case on the same line, in no entity
    and no title, that the parse hangs on the surname as a compound ("Hope Lin said", "Rose
    Kim, a nurse,"). Many such given names are also common words or places ("Hope", "Georgia"),
    which is why the model drops them. Not a modal ("Will Kenya sign?"), a month in a date
    ("May 5"), a headline in capitals ("HOPE LIN") or a street ("Hope Street": no surname)."""
    doc = story.doc
    if i == 0 or doc[i].lower_ not in cues.surnames or not doc[i].text[:1].isupper():
        return False
    given = doc[i - 1]
    return given.text in cues.given_names and given.pos_ == "PROPN" \
        and given.dep_ == "compound" and given.head.i == i and not given.ent_type_ \
        and given.is_alpha and not given.is_upper and given.text[:1].isupper() \
        and "\n" not in given.whitespace_ and i not in story.title_before


_ROMAN = re.compile(r"[IVX]{1,5}")


def _regnal_numeral(doc: Doc, i: int) -> bool:
    """Whether token i is a Roman numeral in capitals, as a monarch's or a pope's name takes
    after a title ("Emperor Norton I", "Pope Pius XII"); not the pronoun "I" ("Mr. Hale I
    know ..." in a transcript)."""
    return i < len(doc) and _ROMAN.fullmatch(doc[i].text) is not None and doc[i].pos_ != "PRON"


def _joined(doc: Doc, left: int, right: int) -> bool:
    """Whether ``left`` and ``right`` are the halves of one hyphenated word ("Reyes-Aquino")."""
    return (right == left + 2 and doc[left + 1].text in ("-", "‐", "‑") and not doc[left].whitespace_
            and not doc[left + 1].whitespace_)


def _extend_particle(doc: Doc, end: int) -> int:
    """Take the rest of a name cut after an elided prefix ("Michael O'" + "Leary"), also when
    copy rebuilt from tokens leaves the apostrophe apart ("Michael O ' Leary"). Returns the new
    end, ``end`` itself when nothing follows."""
    if 0 < end < len(doc) and is_particle_prefix(doc[end - 1]) and doc[end].text[:1].isupper():
        return end + 1
    if (0 < end < len(doc) - 1 and doc[end - 1].text in ("O", "D") and doc[end].text in ("'", "’")
            and doc[end + 1].text[:1].isupper()):
        return end + 2
    return end


def _free_or_exactly(story: StoryIndex, start: int, end: int) -> bool:
    """Whether tokens start..end carry no entity of the model, or one entity exactly."""
    ent = story.ent_at[start]
    return ent is None or ent.label_ == "PERSON" or (ent.start == start and ent.end == end)

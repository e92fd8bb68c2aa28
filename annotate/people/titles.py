"""A person's title and country (affiliation) from the words around a mention.

Titles come from models/titles.tsv through one phrase matcher; countries from the shared
gazetteer (names, demonyms, capitals, institutions: "U.S.", "Russian", "Kremlin"). A title
stands right before a name ("Russian Foreign Minister Dmitry Orlov") or in apposition after it
("Orlov, the Russian foreign minister,").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..resources import read_column, read_table
from .address import address_before
from .cues import is_name_token, ranked_surnames
from .persons import Person
from .story import StoryIndex

POSSESSIVES = {"'s", "’s", "'", "’"}
# Modifiers that can stand between a country and a title ("Russian former Prime Minister").
_TITLE_MODIFIERS = {"former", "acting", "deputy", "then", "then-", "interim", "outgoing", "incoming"}


# Kinds of titles that name an office of a state (models/titles.tsv): its holder serves the
# government of a country.
STATE_OFFICES = frozenset({"head", "government", "legislative", "judicial", "military"})


@lru_cache(maxsize=4)
def title_kinds(titles_file: str = "titles.tsv") -> dict[str, str]:
    """Each title of ``titles_file`` -> its kind ("Secretary of State" -> "government")."""
    return {row["title"]: row["kind"] for row in read_table(titles_file) if row["title"]}


@lru_cache(maxsize=1)
def affiliation_titles() -> dict[str, str]:
    """Each title or noun of models/affiliation_titles.tsv -> its class."""
    return {row["title"]: row["class"] for row in read_table("affiliation_titles.tsv")}


def title_kind(title: str, titles_file: str = "titles.tsv") -> str | None:
    """The kind of a title as a person got it, modifiers and chained titles aside: "former
    Secretary of State" -> "government"; None for a title the table does not list."""
    kinds, unpointed = title_kinds(titles_file), unpointed_titles(titles_file)
    words = title.split()
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        kind = kinds.get(unpointed.get(phrase, phrase))
        if kind is not None:
            return kind
    return None


@lru_cache(maxsize=4)
def unpointed_titles(titles_file: str = "titles.tsv") -> dict[str, str]:
    """Each abbreviated title of ``titles_file`` as British copy writes it, without full points
    ("Dr", "Mrs", "Lt Col"; the Guardian and Observer style guide, "abbreviations and
    acronyms": "Do not use full points in abbreviations") -> the title as listed ("Dr.").
    Left out: forms that are given names or surnames of the census ("Sen" of "Hun Sen", "Del",
    "Maj"), which would take a name for a title."""
    names = set(ranked_surnames()) | {name.lower() for name in read_column("given_names.tsv")}
    forms = {}
    for title in title_kinds(titles_file):
        form = title.replace(".", "")
        if form != title and form[:1].isupper() and form.lower() not in names \
                and not any(word.lower() in names for word in form.split()):
            forms[form] = title
    return forms


def title_matcher(nlp: Language, titles_file: str) -> PhraseMatcher:
    """A phrase matcher of every title in ``titles_file`` (a table of models/), and of its
    abbreviations written without full points (``unpointed_titles``)."""
    titles = PhraseMatcher(nlp.vocab, attr="ORTH")
    rows = read_table(titles_file)
    forms = [row["title"] for row in rows if row["title"]] + list(unpointed_titles(titles_file))
    titles.add("TITLE", [nlp.make_doc(form) for form in forms])
    return titles


class CapitalsTitles:
    """The matcher of :func:`capitals_title_matcher`, built the first time a headline in
    capitals is read: few stories have one (none of the samples or of the 183 TimeBank
    documents), and building it tokenises some 400 titles (about 0.01 s of every start-up)."""

    def __init__(self, nlp: Language, titles_file: str) -> None:
        self._nlp, self._titles_file = nlp, titles_file
        self.matcher: PhraseMatcher | None = None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self.matcher is None:
            self.matcher = capitals_title_matcher(self._nlp, self._titles_file)
        return self.matcher(doc)


def capitals_title_matcher(nlp: Language, titles_file: str) -> PhraseMatcher:
    """A phrase matcher of the capitalised titles of ``titles_file`` written in capitals, as
    headlines in capitals write them ("PRESIDENT", "CHIEF JUSTICE", "GEN.")."""
    titles = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = {row["title"].upper() for row in read_table(titles_file)
             if row["title"][:1].isupper() and row["title"].upper() != row["title"]}
    titles.add("TITLE", [nlp.make_doc(form) for form in sorted(forms)])
    return titles


def assign_title(story: StoryIndex, person: Person, gazetteer: Gazetteer) -> None:
    """Give ``person`` the first title and the first country stated next to a mention, a
    mention in capitals last ("PRESIDENT" of a headline is "President" in the story)."""
    for mention in sorted(person.mentions, key=lambda mention: mention.text.isupper()):
        found = title_before(story, mention.token_start, gazetteer)
        if found is None:
            found = title_in_apposition(story, mention.token_end, gazetteer)
        if found is None:  # a form of address stripped off the name ("Herr | Klaus Weber")
            form = address_before(story.doc, mention.token_start, mention.token_end)
            found = (form, None) if form is not None else None
        if found is not None:
            title, country = found
            person.title = person.title or title
            person.affiliation = person.affiliation or country
        if person.title and person.affiliation:
            return


def title_before(story: StoryIndex, start: int,
                 gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """A title ending right before a name: "Russian Foreign Minister | Dmitry Orlov".

    Returns (title, country code or None), or None when no title ends at ``start``."""
    doc, titles = story.doc, story.title_before
    if start not in titles:
        return None
    title_start, title_end = titles[start]
    # Chained titles ("Deputy | Foreign Minister", "former | President").
    # (not across a comma: "the army chief, | Gen. | Ali Musa" has the title "Gen.")
    while title_start in titles and titles[title_start][1] == title_start or (
            title_start > 0 and doc[title_start - 1].lower_ in _TITLE_MODIFIERS):
        title_start = titles[title_start][0] if title_start in titles and (
            titles[title_start][1] == title_start) else title_start - 1
    title_start = modifiers_before(doc, title_start, title_end, gazetteer)
    title = doc[title_start:title_end].text
    country = country_before(doc, title_start, gazetteer)
    if country is None and title_start in titles and titles[title_start][1] < title_start:
        # "Ukraine's top military commander, Gen. Oleksandr Syrskyi": the office before the
        # comma says whose officer he is
        before_start, before_end = titles[title_start]
        country = country_before(doc, modifiers_before(doc, before_start, before_end, gazetteer),
                                 gazetteer)
    return title, country


def title_in_apposition(story: StoryIndex, end: int,
                        gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """A title after a name: "Orlov, the Russian foreign minister," or "Orlov, Russia's envoy".

    Returns (title, country code or None), or None when no title follows the name ending at
    ``end``."""
    doc = story.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    country = None
    alias = alias_at(doc, i, gazetteer)
    if alias is not None:
        country, i = alias
        if i < len(doc) and doc[i].text in POSSESSIVES:
            i += 1
    while i < len(doc) and doc[i].lower_ in _TITLE_MODIFIERS:
        i += 1
    title_end = story.title_after.get(i)
    if title_end is None:
        title_end = _title_after_modifiers(story, i, gazetteer)
    if title_end is None:
        return None
    if title_end < len(doc):
        after = doc[title_end]
        if is_name_token(after):
            return None  # "..., spokesman Daniel Reyes said": that title is Reyes's
        if after.pos_ in ("VERB", "AUX"):
            return None  # "Craiova, a Romanian official said": a subject, not an apposition
        if country is None:
            country = country_of_phrase(story, title_end, gazetteer)
    return doc[i:title_end].text, country


def country_of_phrase(story: StoryIndex, start: int, gazetteer: Gazetteer) -> str | None:
    """The country of a phrase after a title that says whom the holder serves: "of" or "for"
    and a country ("the foreign minister of Russia", "envoy of Kenya"), or "to" and an office
    or body of a country's state ("adviser to the Russian president", "adviser to Kenya's
    government", "adviser to the Kremlin"). "Envoy to Kenya" is sent there: no country."""
    doc = story.doc
    if start + 1 >= len(doc) or doc[start].lower_ not in ("of", "for", "to"):
        return None
    to = doc[start].lower_ == "to"
    i = start + 1
    if doc[i].lower_ == "the":
        i += 1
    found = alias_at(doc, i, gazetteer)
    if found is None:
        return None
    country, end = found
    if not to:
        return country
    if gazetteer.kind(doc[i:end].text) == "institution":
        return country  # "adviser to the Kremlin"
    if end < len(doc) and doc[end].text in POSSESSIVES:
        end += 1
    office_end = story.title_after.get(end)
    if office_end is not None and title_kind(doc[end:office_end].text) in ("head", "government"):
        return country  # "to the Russian president", "to Kenya's prime minister"
    if end < len(doc) and affiliation_titles().get(doc[end].lower_) == "body":
        return country  # "to the Russian government"
    return None


# How many words may name the body a title belongs to, between a country and the title:
# "Uganda's ARMY spokesman", "Russia's FOREIGN MINISTRY spokeswoman".
_MAX_BODY_WORDS = 3


def modifiers_before(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a title's own modifiers begin: the common-noun and adjective words right before
    the title ``doc[start:end]`` that the parse attaches inside it (compound or amod, head to
    their right, before ``end``), which name the body the office belongs to ("ARMY spokesman",
    "FOREIGN MINISTRY spokeswoman"). A country word is not such a modifier: it is the title's
    affiliation ("UGANDAN army spokesman")."""
    begin = start
    while begin > 0 and start - begin < _MAX_BODY_WORDS:
        token = doc[begin - 1]
        if not (token.is_alpha and token.is_lower and token.dep_ in ("compound", "amod")
                and begin - 1 < token.head.i < end
                and gazetteer.lookup(token.text) is None):
            break
        begin -= 1
    return begin


def _title_after_modifiers(story: StoryIndex, start: int, gazetteer: Gazetteer) -> int | None:
    """The end of a title that follows up to ``_MAX_BODY_WORDS`` modifiers naming its body
    ("Kenya's ARMY spokesman"), or None."""
    doc = story.doc
    for first in range(start + 1, min(len(doc), start + _MAX_BODY_WORDS + 1)):
        end = story.title_after.get(first)
        if end is not None and modifiers_before(doc, first, end, gazetteer) == start:
            return end
    return None


def alias_at(doc: Doc, start: int, gazetteer: Gazetteer) -> tuple[str, int] | None:
    """A gazetteer alias starting at ``start``: (code, end token), or None."""
    for end in range(min(len(doc), start + 6), start, -1):
        code = gazetteer.lookup(doc[start:end].text)
        if code is not None:
            return code, end
    return None


def country_before(doc: Doc, start: int, gazetteer: Gazetteer) -> str | None:
    """The country written right before a title: "U.S.", "Russian", "Ukraine's", "Kremlin".

    Returns its code, or None."""
    end = start
    if end > 0 and doc[end - 1].text in POSSESSIVES:
        end -= 1
    for begin in range(max(0, end - 5), end):
        code = gazetteer.lookup(doc[begin:end].text)
        if code is not None:
            return code
    return None

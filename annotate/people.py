"""The people layer: every person in a story, with title, country and all mentions.

Candidates are the model's PERSON entities plus capitalised names right after a title
("Foreign Minister Dmitry Orlov"). Their boundaries are cleaned (no titles, possessive "'s",
punctuation or line breaks inside a name), mentions of one person are merged (a surname on
second reference is the person named in full before it, whatever label the model gave it),
and each person gets the title and country the story states next to a mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .extensions import register_extensions
from .gazetteer import Gazetteer, load_gazetteer
from .resources import read_table

register_extensions()

# Words a name never starts or ends with (the model sometimes glues them on).
_EDGE_WORDS = {"the", "a", "an", "former", "then", "late", "acting", "new", "'s", "’s", "'", "’"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
# Modifiers that can stand between a country and a title ("Russian former Prime Minister").
_TITLE_MODIFIERS = {"former", "acting", "deputy", "then", "then-", "interim", "outgoing", "incoming"}
_MAX_NAME_TOKENS = 5


@dataclass
class Mention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    token_start: int
    token_end: int


@dataclass
class Person:
    id: str
    name: str
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def name_tokens(self) -> tuple[str, ...]:
        return tuple(self.name.split())


@Language.factory(
    "annotate_people",
    assigns=["doc._.annotate_people"],
    requires=["doc.ents", "token.pos"],
    default_config={"titles_file": "titles.tsv"},
)
def make_people_component(nlp: Language, name: str, titles_file: str) -> "PeopleComponent":
    return PeopleComponent(nlp, titles_file)


class PeopleComponent:
    """Finds people; reuses one phrase matcher of titles across all stories."""

    def __init__(self, nlp: Language, titles_file: str) -> None:
        self.gazetteer: Gazetteer = load_gazetteer()
        self.titles = PhraseMatcher(nlp.vocab, attr="ORTH")
        rows = read_table(titles_file)
        self.titles.add("TITLE", [nlp.make_doc(row["title"]) for row in rows if row["title"]])

    def __call__(self, doc: Doc) -> Doc:
        titles = self._title_spans(doc)
        candidates = [span for span in (self._clean(doc, ent, titles) for ent in doc.ents
                                        if ent.label_ == "PERSON") if span is not None]
        candidates += self._names_after_titles(doc, titles, candidates)
        candidates += self._names_before_appositive_titles(doc, titles, candidates)
        people = _group(_non_overlapping(candidates))
        _add_later_mentions(doc, people, self.gazetteer)
        for number, person in enumerate(people, start=1):
            person.id = f"P{number}"
            person.mentions.sort(key=lambda mention: mention.start)
            person.name = max((m.text for m in person.mentions), key=lambda t: len(t.split()))
            self._assign_title(doc, person, titles)
        doc._.annotate_people = people
        return doc

    # -- titles ---------------------------------------------------------------------------
    def _title_spans(self, doc: Doc) -> dict[int, tuple[int, int]]:
        """Map the token index right after each (longest) title to the title's token range."""
        ending_at: dict[int, tuple[int, int]] = {}
        for _, start, end in self.titles(doc):
            best = ending_at.get(end)
            if best is None or start < best[0]:
                ending_at[end] = (start, end)
        return ending_at

    def _title_starting(self, titles: dict[int, tuple[int, int]], start: int) -> int | None:
        ends = [end for end, (s, _) in titles.items() if s == start]
        return max(ends) if ends else None

    def _assign_title(self, doc: Doc, person: Person, titles: dict[int, tuple[int, int]]) -> None:
        for mention in person.mentions:
            found = self._title_before(doc, mention.token_start, titles)
            if found is None:
                found = self._title_in_apposition(doc, mention.token_end, titles)
            if found is not None:
                title, country = found
                person.title = person.title or title
                person.affiliation = person.affiliation or country
            if person.title and person.affiliation:
                return

    def _title_before(self, doc: Doc, start: int, titles: dict[int, tuple[int, int]]
                      ) -> tuple[str, str | None] | None:
        """A title ending right before a name: "Russian Foreign Minister | Dmitry Orlov"."""
        if start not in titles and start > 0 and doc[start - 1].text == "," and start - 1 in titles:
            start -= 1  # "the EU's foreign policy chief, Anneliese Vermeulen"
        if start not in titles:
            return None
        title_start, title_end = titles[start]
        # Chained titles ("Deputy | Foreign Minister", "former | President").
        while title_start in titles or (title_start > 0 and doc[title_start - 1].lower_ in _TITLE_MODIFIERS):
            title_start = titles[title_start][0] if title_start in titles else title_start - 1
        title = doc[title_start:title_end].text
        return title, self._country_before(doc, title_start)

    def _title_in_apposition(self, doc: Doc, end: int, titles: dict[int, tuple[int, int]]
                             ) -> tuple[str, str | None] | None:
        """A title after a name: "Orlov, the Russian foreign minister," or "Orlov, Russia's envoy"."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        i = end + 1
        if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
            i += 1
        country = None
        alias = self._alias_at(doc, i)
        if alias is not None:
            country, i = alias
            if i < len(doc) and doc[i].text in _POSSESSIVES:
                i += 1
        while i < len(doc) and doc[i].lower_ in _TITLE_MODIFIERS:
            i += 1
        title_end = self._title_starting(titles, i)
        if title_end is None or (title_end < len(doc) and _is_name_token(doc[title_end])):
            return None  # "..., spokesman Daniel Reyes said": that title is Reyes's
        return doc[i:title_end].text, country

    def _alias_at(self, doc: Doc, start: int) -> tuple[str, int] | None:
        """A gazetteer alias starting at ``start``: (code, end token)."""
        for end in range(min(len(doc), start + 6), start, -1):
            code = self.gazetteer.lookup(doc[start:end].text)
            if code is not None:
                return code, end
        return None

    def _country_before(self, doc: Doc, start: int) -> str | None:
        """The country written right before a title: "U.S.", "Russian", "Ukraine's"."""
        end = start
        if end > 0 and doc[end - 1].text in _POSSESSIVES:
            end -= 1
        for begin in range(max(0, end - 5), end):
            code = self.gazetteer.lookup(doc[begin:end].text)
            if code is not None:
                return code
        return None

    # -- candidate names ------------------------------------------------------------------
    def _clean(self, doc: Doc, span: Span, titles: dict[int, tuple[int, int]]) -> Span | None:
        """Trim a candidate name to the name itself, or return None if nothing is left."""
        start, end = span.start, span.end
        # A line break inside a name span: keep the part after the last break (scraped copy
        # breaks lines before names more often than inside them).
        for i in range(start, end - 1):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                start = i + 1
        changed = True
        while changed and start < end:
            changed = False
            title_end = self._title_starting(titles, start)
            if title_end is not None and title_end < end:
                start, changed = title_end, True
                continue
            first = doc[start]
            if first.is_punct or first.is_space or first.lower_ in _EDGE_WORDS:
                start, changed = start + 1, True
                continue
            alias = self._alias_at(doc, start)
            if alias is not None and alias[1] < end:
                start, changed = alias[1], True
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].lower_ in _EDGE_WORDS):
            end -= 1
        if start >= end or end - start > _MAX_NAME_TOKENS:
            return None
        name = doc[start:end]
        if not any(token.text[:1].isupper() for token in name):
            return None
        if end - start == 1 and self.gazetteer.lookup(name.text) is not None:
            return None  # a bare country or demonym is not a person
        return name

    def _names_after_titles(self, doc: Doc, titles: dict[int, tuple[int, int]],
                            found: list[Span]) -> list[Span]:
        """Capitalised proper nouns right after a capitalised title, which the model missed."""
        covered = {i for span in found for i in range(span.start, span.end)}
        title_starts = {title_start for title_start, _ in titles.values()}
        names = []
        for start, (title_start, _) in titles.items():
            if not doc[title_start].text[:1].isupper() or start in covered:
                continue
            end = start
            while (end < len(doc) and end - start < _MAX_NAME_TOKENS and _is_name_token(doc[end])
                   and end not in title_starts
                   and "\n" not in doc[end].whitespace_):
                end += 1
            if end > start and "\n" not in doc[end - 1].whitespace_:
                span = doc[start:end]
                if self.gazetteer.lookup(span.text) is None and not any(
                        ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and ent.start <= start < ent.end
                        and (ent.start < start or ent.end > end) for ent in doc.ents):
                    names.append(span)
        return names


    def _names_before_appositive_titles(self, doc: Doc, titles: dict[int, tuple[int, int]],
                                        found: list[Span]) -> list[Span]:
        """Proper nouns right before ", the foreign minister,", which the model missed."""
        covered = {i for span in found for i in range(span.start, span.end)}
        names = []
        for comma in (token.i for token in doc if token.text == ","):
            if comma == 0 or comma - 1 in covered or not _is_name_token(doc[comma - 1]):
                continue
            if self._title_in_apposition(doc, comma, titles) is None:
                continue
            start = comma - 1
            while start > 0 and comma - start < _MAX_NAME_TOKENS and _is_name_token(doc[start - 1]) \
                    and start - 1 not in covered and "\n" not in doc[start - 1].whitespace_:
                start -= 1
            span = doc[start:comma]
            if self.gazetteer.code_in(span) is None:
                names.append(span)
        return names


_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _is_name_token(token: Token) -> bool:
    """A capitalised proper noun that is not part of a date or number ("Thursday")."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in _NOT_NAMES
            and (token.is_alpha or "-" in token.text))


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping spans, in text order."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _mention(span: Span) -> Mention:
    return Mention(span.start_char, span.end_char, span.text, span.start, span.end)


def _group(spans: list[Span]) -> list[Person]:
    """Merge mentions of one person: a partial name joins the latest person it is part of."""
    people: list[Person] = []
    for span in spans:
        words = tuple(token.text for token in span)
        match = None
        for person in reversed(people):
            known = person.name_tokens
            if words == known or (len(words) < len(known) and _is_part_of(words, known)):
                match = person
                break
            if len(words) > len(known) and _is_part_of(known, words) and len(known) == 1:
                match = person  # "Orlov" first, "Dmitry Orlov" later
                break
        if match is None:
            people.append(Person(id="", name=" ".join(words), mentions=[_mention(span)]))
        else:
            match.mentions.append(_mention(span))
            if len(words) > len(match.name_tokens):
                match.name = " ".join(words)
    return people


def _is_part_of(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """True when ``part`` is the surname (last word), the first word, or a run inside ``whole``."""
    if len(part) == 1:
        return part[0] in (whole[-1], whole[0])
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _add_later_mentions(doc: Doc, people: list[Person], gazetteer: Gazetteer) -> None:
    """Find mentions of established people the model labelled otherwise or missed.

    Once a person is named in full, every other occurrence of the full name or the surname is
    that person, except where the surname is also a country or place and the model did not call
    that occurrence a person (the hard case, decided by the model there).
    """
    covered = {i for person in people for m in person.mentions
               for i in range(m.token_start, m.token_end)}
    by_surname: dict[str, Person] = {}
    for person in people:
        if len(person.name_tokens) > 1:
            by_surname.setdefault(person.name_tokens[-1], person)
    if not by_surname:
        return
    for token in doc:
        person = by_surname.get(token.text)
        if person is None or token.i in covered or not token.text[:1].isupper():
            continue
        if token.pos_ not in ("PROPN", "NOUN", "X") or gazetteer.lookup(token.text) is not None:
            continue
        if token.ent_type_ and token.ent_type_ != "PERSON":
            ent = next(e for e in doc.ents if e.start <= token.i < e.end)
            if len(ent) > 1 and ent.text not in (person.name, token.text):
                continue  # part of a longer non-person name ("Orlov Institute")
        start = token.i
        # Extend left over the given names of the full name ("Dmitry Orlov" both tokens).
        names = person.name_tokens
        span_start = start
        k = len(names) - 2
        while k >= 0 and span_start > 0 and doc[span_start - 1].text == names[k] \
                and (span_start - 1) not in covered:
            span_start -= 1
            k -= 1
        person.mentions.append(_mention(doc[span_start:start + 1]))
        covered.update(range(span_start, start + 1))

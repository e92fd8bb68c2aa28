"""One name, one kind in a story: a name that the words around one of its occurrences show to be
a place or a thing is not a person's name anywhere else in the same story.

Travel copy, biographies and interviews repeat the names of islands, works, drinks and bars,
and the model calls some occurrences persons. The constructions that settle the kind of one
occurrence (those of ``candidates`` and ``places``: "a drink called X", "X, a horror film",
"the movie X", "in X", "X, Devon", "the island of X") settle it for the story, as a reader
reads it: "ferries leave for the island of Corran Tey" ... "Corran Tey has one hotel" names
one island twice. A name that is part of a longer name in the story ("de Souza" of "Luiz
Carlos de Souza") is decided at each occurrence. A title right before an occurrence still
makes that occurrence a person ("the island of Corran Tey" does not stop "Governor Corran
Tey"), and a full name of the census lists that the model calls a person is never taken for
a place by these constructions (see ``places``).
"""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Span

from .story import StoryIndex

Judge = Callable[[int, int], bool]


def thing_names(story: StoryIndex, names: Iterable[Span], is_thing: Judge,
                shortest: int = 2) -> frozenset[tuple[str, ...]]:
    """The names (as token texts) among ``names`` that ``is_thing`` judges a place or a thing at
    some occurrence in the story, their own or another one. Only names of ``shortest`` words or
    more: one word is often both a person's surname and the name of a thing called after them
    ("a cocktail called Hale" ... "Hale said"), so one-word names are left to judges that
    settle a name's kind for a whole story (a company's legal form: "Esselte AB")."""
    doc = story.doc
    names = list(names)
    things: set[tuple[str, ...]] = set()
    seen = _parts_of_longer_names(names)
    for name in names:
        words = tuple(token.text for token in name)
        if words in seen or len(words) < shortest:
            continue
        seen.add(words)
        for start in story.positions.get(words[0], []):
            end = start + len(words)
            if end > len(doc) or any(doc[start + k].text != word for k, word in enumerate(words)):
                continue
            if start in story.title_before:
                continue
            if is_thing(start, end):
                things.add(words)
                break
    return frozenset(things)


def _parts_of_longer_names(names: list[Span]) -> set[tuple[str, ...]]:
    """The runs of words inside longer names: "de Souza" of "Luiz Carlos de Souza" is decided
    at each occurrence ("According to de Souza, Brazil will ..." is no place and its region)."""
    parts: set[tuple[str, ...]] = set()
    for name in names:
        words = tuple(token.text for token in name)
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if j - i < len(words):
                    parts.add(words[i:j])
    return parts


def person_here(story: StoryIndex, span: Span, things: frozenset[tuple[str, ...]]) -> bool:
    """Whether an occurrence may still be a person: its name is no thing of the story, or a
    title stands right before it."""
    return tuple(token.text for token in span) not in things or span.start in story.title_before


# Possessive determiners, before which a lone name is a thing or a kind called after a person
# ("my Ortega was sweet", "their Picasso"), not the person: English puts none before a
# person's name. Not "a"/"an": "a Kennedy" is a member of the family, a person; not "his" and
# "her", which also stand before a name as pronouns ("told her Ortega won").
_TYPE_DETERMINERS = {"my", "your", "our", "their"}


def named_type(span: Span, deities: frozenset[str] = frozenset()) -> bool:
    """Whether a one-word name after a possessive determiner heads its own noun phrase: a thing
    or a kind named after a person, not the person. A name that modifies a noun after it ("our
    Ortega campaign") stays a name, and so does a name of God (``deities``), which English
    writes after a possessive ("our God", "my God")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ not in _TYPE_DETERMINERS \
            or span.text in deities:
        return False
    return span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")


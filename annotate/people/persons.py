"""What the people layer gives a story: each Person with the Mentions that name them.

``doc._.annotate_people`` holds a list of Person; the actions layer and the output record read
their fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span


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
        """The words of the name, split at white space."""
        return tuple(self.name.split())


def mention_of(span: Span) -> Mention:
    """The Mention a name span is: its character and token offsets and its text."""
    return Mention(span.start_char, span.end_char, span.text, span.start, span.end)

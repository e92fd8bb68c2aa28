"""What the actions layer produces: an :class:`Action` with its :class:`Party` on each side,
and where in the doc a party was read from (:func:`words_of`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Party:
    text: str
    start: int
    end: int
    country: str | None
    person: str | None


@dataclass
class Location:
    """Where an action happened: a place in the story's text and its country."""

    text: str
    start: int
    end: int
    country: str | None


@dataclass
class Action:
    id: str
    start: int
    end: int
    trigger: str
    plover: str | None
    mode: str | None
    cameo: str
    actor: Party | None
    target: Party | None
    date: str | None
    negated: bool
    modality: str  # asserted, future, hypothetical, conditional, historical
    quad: str  # verbal/material cooperation/conflict, for colouring and summaries
    token: int
    location: Location | None = None  # the clause's place; the dateline's is added in output


def offsets(party: Party | None) -> tuple[int, int]:
    """A party's character offsets, (-1, -1) for none: a key of who did what to whom."""
    return (party.start, party.end) if party is not None else (-1, -1)


def words_of(doc: "Doc", party: Party | Location | None) -> "Span | None":
    """The words of the doc a party or place was read from; None when it has none there (no
    party, or a place that stands for the dateline)."""
    if party is None:
        return None
    span = doc.char_span(party.start, party.end)
    return span if span is not None and len(span) > 0 else None


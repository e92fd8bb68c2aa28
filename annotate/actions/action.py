"""What the actions layer produces: an :class:`Action` with its :class:`Party` on each side."""

from __future__ import annotations

from dataclasses import dataclass


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

"""Clock times the layer missed or mistyped (issue 14, times of day on held-out copy):

- a 24-hour time in four figures with a zone ("at 2200 GMT", "0630 EST"), which the model tags
  as a number, or as a year it drops (the figure is no year from 1500 to 2099); a day right after it places it, as for "5 p.m. Friday"
  (candidates._clocks_on_days: "2200 GMT Friday" is 22:00 on that Friday);
- "nine o'clock", which the layer dropped as a word with no time in it ("o'clock" is now a
  time word); its type is :mod:`.timex.bare_clock`'s.

The zones are those :data:`.timex.clock.ZONE` reads (GMT, UTC, EST, EDT, CET ...)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .tokens import TokenView

_FOUR_FIGURES = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_ZONES = re.compile(r"^(?:gmt|utc|[a-z]?[ecmp][sd]t|bst|cet|cest)$")


def zoned_clocks(view: TokenView) -> list[Span]:
    """ "2200 GMT", "0630 EST": four figures and a zone the model leaves untagged."""
    lower = view.lower
    return [view.doc[i:i + 2] for i in range(len(lower) - 1)
            if _ZONES.match(lower[i + 1]) and _FOUR_FIGURES.match(lower[i])]

"""A millennium named by its place from the story's date: "the new millennium", "the next
millennium", "this millennium", "the last millennium", and "the millennium" of news near a
turn of one (issue 14, held-out misses; the model tags them, the layer had dropped them as
phrases with no time word).

A millennium is a DATE written, as a century ("19") and a decade ("199") are (periods.py), by
the digits its years share: the years 2000 to 2999 are "2" (TIMEX2/TIMEX3 value grammar, which
writes a period by its leading digits). "the new millennium" and "the millennium" are the one
whose first year is nearest the story's date (in 1999 and in 2026 alike, the 2000s); "next" and
"coming" the one after the story's own, "this" and "current" the story's own, "last",
"previous" and "past" the one before it. A length ("a millennium old") is left alone."""

from __future__ import annotations

import re

from .reading import Timex

_MILLENNIUM = re.compile(r"^the (?:(new|next|coming|this|current|last|previous|past) )?millennium$")


def rule_millennium(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    """DATE "2" for "the new millennium" in a story of 1999 or 2026 (see the module)."""
    match = _MILLENNIUM.match(clean)
    if not match:
        return None
    if reference is None:
        return Timex("DATE", None, "millennium")
    own = reference.year // 1000
    which = match[1] or "new"
    if which == "new":
        number = (reference.year + 500) // 1000
    elif which in ("next", "coming"):
        number = own + 1
    elif which in ("this", "current"):
        number = own
    else:
        number = own - 1
    return Timex("DATE", str(number), "millennium", "reference")

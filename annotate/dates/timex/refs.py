"""The REF values of TimeML: expressions that point at the present, the past or the future
without a date ("now", "recently", "in the future", "the coming days")."""

from __future__ import annotations

import re

from .reading import Timex
from .vocabulary import word_table

# Whole expressions with a REF value beyond models/timex_words.tsv (TimeML: the present, the
# past, the future), for spans the model tagged itself.
PRESENT_REF = {"the present", "for now", "current", "presently"}
# "in those days", "back in those days": the demonstrative of distance points at a vague past
# era, not a counted stretch of days (PXD); TimeML's past reference, PAST_REF.
PAST_REF = {"previously", "formerly", "in the past", "recent", "those days", "in those days",
            "back in those days"}
FUTURE_REF = {"in the future", "someday", "eventually", "a later date", "the long term",
              "the short term", "the near term", "the long run", "the short run"}
# "recent years", "the coming days", "the past few weeks": a vague stretch before or after now.
# "recent weeks" itself is a vague duration (PXW) in TimeBank, as are "the next few days".
_REF_PLURAL = re.compile(r"^(?:the )?(?:((?:past|last|previous)(?: (?:few|several|many))?)|"
                         r"((?:coming|future|upcoming)(?: (?:few|several|many))?)) "
                         r"(second|minute|hour|day|night|week|month|"
                         r"quarter|year|decade|centurie)s$")


def rule_ref_words(clean, words, reference, previous, tense):  # type: ignore[no-untyped-def]
    listed = word_table().get(clean)
    if listed is not None:
        return Timex(listed[0], listed[1], "ref" if listed[1].endswith("_REF") else None)
    plural = _REF_PLURAL.match(clean)
    if plural:
        return Timex("DATE", "PAST_REF" if plural[1] else "FUTURE_REF", "ref")
    if clean in PRESENT_REF:
        return Timex("DATE", "PRESENT_REF", "ref")
    if clean in PAST_REF:
        return Timex("DATE", "PAST_REF", "ref")
    if clean in FUTURE_REF:
        return Timex("DATE", "FUTURE_REF", "ref")
    return None

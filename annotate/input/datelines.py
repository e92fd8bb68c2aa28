"""The dateline of a wire story as a regular expression: "WASHINGTON (AP) —".

Shared by the cleaning (which finds a story's dateline), the sentence segmenter (which keeps
a dateline out of the first sentence) and the reference-date finder (which reads its date).
"""

from __future__ import annotations

import re

# "WASHINGTON (AP) —", "WARSAW, Poland (AP) —", "KYIV, Ukraine, Sept. 16, 2025 (AP) —",
# "MOSCOW, March 2 (Reuters) -", "BEIRUT (AP) _" (old AP), and without an agency "GENEVA —".
# Every repeat is bounded, so a match never looks further than a few hundred characters.
_UPPER = "A-ZÀ-ÖØ-Þ"
_CITY_WORD = rf"[{_UPPER}][{_UPPER}.'’-]{{0,30}}"
_CAPITALISED_WORD = rf"[{_UPPER}][\w.'’-]{{0,30}}"
_REGION_WORD = r"[^\W\d_][\w.'’-]{0,30}"  # "Congo", "of", "region": any word after the first
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DATE = (rf"(?P<date>(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? (?P<year>\d{{4}}))?)")
DATELINE_PATTERN = (
    rf"(?P<place>(?P<city>{_CITY_WORD}(?: {_CITY_WORD}){{0,5}})"
    rf"(?:, {_CAPITALISED_WORD}(?: {_REGION_WORD}){{0,4}})?)"
    rf"(?:, {_DATE})?"
    # with an agency any dash will do; without one only a spaced long dash ("GENEVA — ")
    r"(?:[ \t]*\((?P<agency>[A-Za-z][A-Za-z. ]{0,19})\)[ \t]*(?:—|–|--|-|_)"
    r"|[ \t]+(?:—|–|--)(?=\s|$))"
)
"""A dateline as a regular expression; groups: place (city and region), city, date, year,
agency (None when the dateline has none). It matches from the place to the dash."""

DATELINE = re.compile(rf"^[ \t]*{DATELINE_PATTERN}", re.MULTILINE)
"""A dateline at the start of a line (``re.MULTILINE``)."""

# Capitalised words that open a line like a dateline but are labels, not places.
NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
                         "EDITORIAL", "CORRECTION", "WATCH", "LIVE", "NEW", "FILE", "PHOTOS"})

"""Whether a candidate is a holiday's name, alone ("Thanksgiving Day", "Election Day") or before
the period it names ("the Memorial Day weekend", "the Easter holidays", "the Christmas
holiday season"). A holiday's name is capitalised as a name is, so a capitalised "Day" in it
is no sign of a programme's or a newspaper's name (the title check in candidates.py). The
periods a holiday names are :data:`.extents.HOLIDAY_PERIODS`; TimeML 1.2.1 marks the holiday
with its period as one TIMEX3 ("the Labor Day weekend", a DATE)."""

from __future__ import annotations

from spacy.tokens import Span

from .extents import HOLIDAY_PERIODS
from .timex import holiday_table


def holiday_name(span: Span) -> bool:
    """True for a holiday's name, with or without up to two period words after it."""
    words = [t.lower_ for t in span if t.lower_ not in ("the", "a", "an")]
    for _ in range(2):  # "holy week" is a holiday itself; "memorial day weekend" names one
        if " ".join(words) in holiday_table():
            return True
        if len(words) > 1 and words[-1] in HOLIDAY_PERIODS:
            words = words[:-1]
    return " ".join(words) in holiday_table()

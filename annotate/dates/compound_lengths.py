"""One stretch given in two units, the larger first, that the model tags as two entities ("two
years" + "and" + "three months", "two months" + "," + "10 days") is one expression: TimeML
(after TIDES) marks one DURATION for "two years and three months" (P2Y3M), as the layer
already does when the model tags it whole ("14 hours and 30 minutes"), so the two parts are
joined; "three years" + "and six months ago" is one date counted back by both. Units in the other order ("five minutes and two hours") or a part with no count are
left apart."""

from __future__ import annotations

from spacy.tokens import Span

from .timex.words import number, unit_of

# Units from the largest down: a compound length names them in this order.
_ORDER = ["century", "decade", "year", "month", "week", "day", "hour", "minute", "second"]
# Words after the second part that count the whole length back or forward.
_PLACING = {"ago", "earlier", "later"}


def _count_and_unit(span: Span) -> str | None:
    """The unit of "three months" (a count, then a unit); None for anything else."""
    if len(span) != 2 or number(span[0].lower_) is None and not span[0].like_num:
        return None
    unit = unit_of(span[1].lower_)
    return unit if unit in _ORDER else None


def continues_length(previous: Span, span: Span) -> bool:
    """ "two years" + "and three months": the second part of one length of time."""
    doc = span.doc
    between = doc[previous.end:span.start].text.lower()
    if between not in ("and", ",", ", and"):
        return False
    first = _count_and_unit(previous[-2:]) if len(previous) >= 2 else None
    second = _count_and_unit(span if len(span) == 2 or span[-1].lower_ not in _PLACING
                             else span[:-1])  # "six months ago": counted back whole
    return first is not None and second is not None \
        and _ORDER.index(first) < _ORDER.index(second)

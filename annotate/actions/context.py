"""What coding a story's actions needs besides the trigger: its people, its dates, and the
groups it has tied to a country.

Built once per story: who is mentioned at each token, and which date expression reaches each
token, so that finding an action's person or date is a look-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Callable, TypeVar

from spacy.tokens import Doc, Token

_MEMO = "annotate_actions.memo"  # the story's memo while the layer reads it
_Read = TypeVar("_Read", bound=Callable[[Token], Any])


def people_at(doc: Doc) -> dict[int, Any]:
    """The person of the people layer that each token of a mention belongs to."""
    return {i: person for person in (doc._.annotate_people or []) for m in person.mentions
            for i in range(m.token_start, m.token_end)}


@dataclass
class StoryContext:
    """What coding a story's actions needs besides the trigger: people and dates."""

    doc: Doc
    person_at: dict
    dates: list
    date_at: dict[int, tuple[int, str]] = field(init=False)
    date_by_id: dict = field(init=False)
    # group names the story has tied to a country ("YEMEN's Houthi rebels": houthi -> YEM), so
    # a later bare mention ("the Houthis fired") takes it
    group_country: dict[str, str] = field(default_factory=dict)
    # tokens the lexicon coded as a consultation (CAMEO 04: a call, visit or meeting), whose
    # purpose clause is aimed at whom they reached ("called Morrison TO CONGRATULATE him")
    contacts: frozenset[int] = frozenset()
    # the country of the story's dateline ("NAIROBI, Kenya (AP) --"), where its domestic groups
    # are when their clause names no place (models/actions_domestic.tsv, rule 1)
    home_country: str | None = None

    def __post_init__(self) -> None:
        self.date_at = date_index(self.doc, self.dates)
        self.date_by_id = {d.id: d for d in self.dates}

    def date_of(self, clause_verb: Token, trigger: Token) -> str | None:
        """The date expression attached to the trigger's clause ("expelled ... on Monday"):
        of the expressions that reach the trigger or its clause verb, the first in the story."""
        found = [self.date_at[i] for i in (clause_verb.i, trigger.i) if i in self.date_at]
        return min(found)[1] if found else None

    def last_person_before(self, token: Token):  # type: ignore[no-untyped-def]
        """The person mentioned last before ``token`` in its or the previous sentence."""
        sentence = token.sent
        floor = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for i in range(token.i - 1, floor - 1, -1):
            if i in self.person_at:
                return self.person_at[i]
        return None


def date_index(doc: Doc, dates: list) -> dict[int, tuple[int, str]]:
    """Token index -> (position in the story, id) of the first date expression attached to
    it, built once per story so that dating an action is a look-up: each expression's head
    and its ancestors, at most four, stopping at the first verb above it (its clause). Only a
    point or stretch of the calendar dates an action (TIMEX3 DATE or TIME): a duration says how
    long ("a WEEKLONG truce", "talks lasted TWO DAYS"), a set how often, not when."""
    index: dict[int, tuple[int, str]] = {}
    for order, expression in enumerate(dates):
        if expression.type not in ("DATE", "TIME"):
            continue
        head = doc[expression.token_start:expression.token_end].root
        for _ in range(4):
            index.setdefault(head.i, (order, expression.id))
            if head.head.i == head.i or (head.pos_ == "VERB" and head.dep_ != "prep"):
                break
            head = head.head
    return index


@contextmanager
def parse_memo(doc: Doc) -> Iterator[Doc]:
    """The story's memo of parse readings (:func:`memoized`), open while the layer reads the
    doc, only after the layer's last change to the parse (bare_objects.py), and closed however
    the reading ends: nothing of it stays in ``doc.user_data``."""
    doc.user_data[_MEMO] = {}
    try:
        yield doc
    finally:
        doc.user_data.pop(_MEMO, None)


def memoized(read: _Read) -> _Read:
    """A reading of the parse at a token (a noun phrase, a verb's coordinated parties) made
    once per token while the story's memo is open: the layer asks for the same ones from
    several rules. A list comes back as a copy, so a caller may extend its own."""

    @wraps(read)
    def once(token: Token) -> Any:
        memo = token.doc.user_data.get(_MEMO)
        if memo is None:
            return read(token)
        key = (read, token.i)
        if key not in memo:
            memo[key] = read(token)
        found = memo[key]
        return list(found) if type(found) is list else found

    return once  # type: ignore[return-value]

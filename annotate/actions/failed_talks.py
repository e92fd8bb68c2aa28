"""Talks told as failed: "talks COLLAPSED", "the negotiations BROKE DOWN", "the dialogue
STALLED". CAMEO 164 (halt negotiations) names "failed talks" and PETRARCH-2's dictionary
"collapse (talks)" (EVENTS.md section 2); PLOVER codes it SANCTION / withdraw. The event is the
talks noun itself, whose parties are those of the talks ("talks BETWEEN KENYA AND SOMALIA"). For
a noun the lexicon's objects are its prepositional objects, compounds and adjectives; this reader
adds the verb of failure whose subject the noun is, so that a noun row can name that verb
(models/actions_phrasal.tsv).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

# Verbs that tell an undertaking failed, of their subject (WordNet: collapse, founder, fail,
# "break down" = "stop operating"; stall, falter, unravel); "break" only with the particle
# "down" ("talks broke down"; "talks broke UP" ended, "broke OFF" is the actions.tsv row).
_FAILURE_VERBS = frozenset(get_string_id(word) for word in (
    "collapse", "founder", "fail", "stall", "falter", "unravel", "break"))
_BREAK = get_string_id("break")
_DOWN = get_string_id("down")


def failed_by(noun: Token) -> list[Token]:
    """The verb of failure the noun is the subject of ("TALKS collapsed"), else []."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.pos_ != "VERB" or head.lemma not in _FAILURE_VERBS:
        return []
    if head.lemma == _BREAK and not any(c.lower == _DOWN for c in head.children):
        return []
    return [head]

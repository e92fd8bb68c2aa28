"""The person spoken to: a given name set off by commas after a greeting or an interjection.

In quoted speech and transcripts a speaker names the person addressed ("Thank you, Jill," she
said; "Look, Marcus, we have no money left"). The model often leaves such a name alone or
calls it a place. A single capitalised word that is a frequent given name of the census list
(models/given_names.tsv: borne by at least one in a thousand of its sex, FREQUENT_PERCENT;
rarer given names are more often towns, "Hello, Cleveland!", "Thank you, Dallas!") and no
country or state ("Thank you, Georgia!", "Yes, Virginia"), standing after a vocative cue of
models/people_cues.tsv ("thank you", "look", "hello") and a comma, and followed by a comma or
the end of the clause, is a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..resources import read_fields
from .cues import Cues
from .places import subdivision_names

# The share (percent of the census's people of a sex) a given name needs to be taken alone.
FREQUENT_PERCENT = 0.1

# What may follow a vocative name: the comma that closes it or the end of the clause.
_CLOSERS = frozenset({",", ".", "!", "?", ";", "—", "--", '"', "”", "'", "’"})
# What may stand before the cue: the start of a sentence or of a quotation, or a clause break.
_OPENERS = frozenset({'"', "“", "'", "‘", ",", ".", "!", "?", ";", ":", "—", "--", "("})


def vocative_names(doc: Doc, gazetteer: Gazetteer, cues: Cues,
                   tokens: Sequence[Token] | None = None) -> list[Span]:
    """The given names addressed after a vocative cue, as one-token spans (``tokens``: the
    doc's, if made)."""
    names = []
    for token in doc if tokens is None else tokens:
        i = token.i + 1
        if token.text != "," or i >= len(doc):
            continue
        name = doc[i]
        if not (name.is_alpha and name.text[:1].isupper() and not name.is_upper
                and name.text in frequent_given_names()):
            continue
        if i + 1 < len(doc) and doc[i + 1].text not in _CLOSERS:
            continue
        if not _cue_before(doc, token.i, cues) or gazetteer.lookup(name.text) is not None \
                or name.text in subdivision_names():
            continue
        names.append(doc[i:i + 1])
    return names


@lru_cache(maxsize=1)
def frequent_given_names() -> frozenset[str]:
    """The given names of models/given_names.tsv borne by at least FREQUENT_PERCENT percent of
    the people of their sex in the 1990 census ("Jill", "Marcus"; not "Dallas")."""
    return frozenset(name for name, percent in read_fields("given_names.tsv", "name", "percent")
                     if float(percent) >= FREQUENT_PERCENT)


def _cue_before(doc: Doc, comma: int, cues: Cues) -> bool:
    """Whether a vocative cue of one or two words ends right before ``comma`` and opens a
    clause ("Thank you, ...", '"Look, ...', "Well, thank you, ...")."""
    for length in (2, 1):
        start = comma - length
        if start < 0:
            continue
        phrase = " ".join(token.lower_ for token in doc[start:comma])
        if phrase in cues.vocatives and (start == 0 or doc[start].is_sent_start
                                         or doc[start - 1].text in _OPENERS
                                         or "\n" in doc[start - 1].whitespace_):
            return True
    return False

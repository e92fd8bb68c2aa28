"""Names in headlines in title case: a verb between two names ends the first one.

In "Biden Meets Xi in Bali" the model tags "Biden Meets Xi" one person: in a headline every
word is capitalised, and the verb looks like a name. A word inside a name of such a headline
that is the present tense of an English verb ("Meets", "Warns", "Slams": a verb of the
model's lemmatizer tables with "-s", "-es" or "-ies") and is neither a given name nor one of
the 10,000 most frequent surnames of the census list ("Burns", "Banks" are names; "Warns",
rank 53,485, is not taken for one) splits the name in two, and is part of neither, as "vs."
is.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..casing import is_headline_case, is_present_tense
from .cues import Cues
from .words import frequent_surnames


def split_at_headline_verb(span: Span, verbs: frozenset[str], cues: Cues) -> list[Span]:
    """The name split at the inner words that are verbs of a title-case headline ("Biden
    MEETS Xi" -> "Biden", "Xi"); the span whole elsewhere."""
    if len(span) < 3 or not verbs or not is_headline_case(span.sent):
        return [span]
    doc = span.doc
    parts, start = [], span.start
    for i in range(span.start + 1, span.end - 1):
        word = doc[i].text
        if is_present_tense(word, verbs) and word not in cues.given_names and (
                word.lower() not in frequent_surnames()):
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
    parts.append(doc[start:span.end])
    return [part for part in parts if len(part) > 0]

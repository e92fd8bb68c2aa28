"""Sentence boundaries that wire copy makes plain but the parser misses.

Runs before the parser, which respects boundaries already set. A headline, a byline and the
first paragraph are separate sentences (a blank line ends a sentence), and a dateline
("ISTANBUL (AP) —") is not the subject of the story's first sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_DASHES = {"—", "–", "--", "-", "_"}


@Language.component("annotate_segmenter")
def segment_wire_copy(doc: Doc) -> Doc:
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.is_space and token.text.count("\n") >= 2:  # a blank line
            following.is_sent_start = True
        elif token.text in _DASHES and token.i >= 2 and doc[token.i - 1].text == ")" \
                and _is_dateline(doc, token.i):
            following.is_sent_start = True
    return doc


def _is_dateline(doc: Doc, dash: int) -> bool:
    """"CITY (AP) —" or "CITY, Country (AP) —" at the start of a line."""
    start = dash - 1
    while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_ and dash - start < 10:
        start -= 1
    first = doc[start]
    return first.text.isupper() and len(first.text) > 1

"""A byline's names: the reporters who wrote the story, not people in it.

A scraped or pasted story keeps its credit line ("By JAMES MUTUA", "By Ana Ortiz and Lee Kim |
AP"), which input cleaning reads for the story's date but leaves in the text. The names on that
line are found like any other; this module tells the people layer to leave them out.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..input.lineshapes import BYLINE_MAX, is_byline


def in_byline(span: Span) -> bool:
    """The name stands on a line of its own that is a byline."""
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    if span.start_char - start > BYLINE_MAX:
        return False
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    return is_byline(line)

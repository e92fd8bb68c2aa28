"""The present tense of headlines and photo captions, which tells what has happened.

Headline grammar puts a past event in the simple present ("Crowds rally against embargo",
"Quake jolts Tokyo on Tuesday": the reference grammars' headline present) and writes its
future with "to" ("Leaders to meet Tuesday"); an AP photo caption tells in the present what
the picture shows ("Crowds rally in Havana on Wednesday. (AP Photo/...)"). So a weekday there
is not ahead of the story the way the futurate present of running copy puts it ("The
president travels to Moscow on Friday"). A headline is the story's first line when it does
not end a sentence (as input cleaning finds it: no period); a caption is a sentence with an
AP photo credit in it or right after it.

:func:`reportive_present` says which of the two holds the expression: :mod:`.tense` then
keeps a headline's present of an ordinary event verb in the past (a headline's scheduled
start, "Talks resume Tuesday", and its "be" of a scheduled event stay ahead), and a caption's
present, simple or progressive, in the past.
"""

from __future__ import annotations

from spacy.tokens import Span

_SENTENCE_END = {".", "!", "?", "…"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "''"}
_CREDIT_WINDOW = 12  # tokens after the sentence in which a photo credit may open


def reportive_present(span: Span) -> str | None:
    """ "headline" or "caption" for an expression in one (see the module's docstring), else
    None. Needs sentence boundaries; without them it says None."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return None
    sentence = span.sent
    if _photo_credit(doc[sentence.start:min(len(doc), sentence.end + _CREDIT_WINDOW)]):
        return "caption"
    return "headline" if _headline(sentence) else None


def _photo_credit(tokens: Span) -> bool:
    """ "(AP Photo/Jose Ruiz)", "AP Photo": the credit line of an AP picture."""
    return any(token.text == "Photo" and token.i > tokens.start
               and token.doc[token.i - 1].text == "AP" for token in tokens)


def _headline(sentence: Span) -> bool:
    """The story's first line, if it ends with no sentence end and a line break or the end
    of the text follows it."""
    doc = sentence.doc
    first = 0
    while first < len(doc) and doc[first].is_space:
        first += 1
    if sentence.start != first:
        return False
    last = sentence.end - 1
    while last > sentence.start and (doc[last].is_space or doc[last].text in _CLOSERS):
        last -= 1
    if doc[last].text in _SENTENCE_END or "\n" in doc[last].text:
        return False
    after = doc[last + 1:sentence.end + 1].text + doc[last].whitespace_
    return sentence.end >= len(doc) or "\n" in after

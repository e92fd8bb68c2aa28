"""Stories of any length, in time linear in their length.

spaCy refuses texts longer than ``nlp.max_length`` and its tokenizer is quadratic on a long run
of punctuation without white space ("$$$$...", "——————..."): it strips one prefix or suffix at a
time and searches the rest of the run again each time. So a story is

1. cut into contiguous chunks of at most ``chunk_chars`` characters, preferably after a blank
   line, else after a line break, a sentence or a word (:func:`chunk_bounds`);
2. tokenised with any run without white space longer than :data:`MAX_RUN` characters cut into
   pieces of :data:`RUN_PIECE` characters, each tokenised apart (:func:`make_doc`); every other
   stretch of text is tokenised exactly as ``nlp.make_doc`` would;
3. parsed chunk by chunk and merged back into one ``Doc`` whose text is the story's, exactly,
   with every offset, entity, sentence and parse in place (:func:`parse_long`).

The annotate_* layers then run once over the merged doc, so they see the whole story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Collection

from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language

# The longest run without white space that spaCy's tokenizer gets whole: longer than the long
# URLs of wire copy, short enough that the tokenizer's quadratic cost on a run of punctuation
# stays small (measured in tests/benchmarks/long.py).
MAX_RUN = 100
# The pieces a longer run is cut into; each is tokenised apart, at a cost growing with its square.
RUN_PIECE = 32
# A chunk size for stories of any length: a wire story (3,000-10,000 characters) is one chunk,
# and a 1M-character story peaks at about half the memory that 100,000-character chunks take,
# in the same time (tests/benchmarks/long.py memory).
DEFAULT_CHUNK_CHARS = 25_000

# Cut preferences, best first. A cut goes right before a word, after all the white space
# before it, so that the tokens on both sides are those of the whole text.
PARAGRAPH, LINE, SENTENCE, WORD = range(4)
_SPACE_RUN = re.compile(r"\s+")
# What str.splitlines() takes for a line break ("\r\n" counts once).
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A sentence end right before white space: ". ", "?\" ", ".) ".
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]{0,3}$")
# A run without white space long enough to be cut; it starts after white space or at the start.
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN + 1))


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous ``(start, end)`` pieces of at most ``limit`` characters.

    Each cut is the last one within reach of the best kind available: after a blank line, else
    after a line break, else after a sentence end (". "), else after any white space, else hard
    (inside a run without white space). A cut after white space goes after the whole run of it,
    right before the next word. The pieces cover the text exactly; an empty text has none.
    Linear in ``len(text)``.
    """
    if limit < 1:
        raise ValueError(f"chunk limit must be at least 1 character, not {limit}")
    length = len(text)
    if length <= limit:
        return [(0, length)] if length else []
    cuts = _cut_candidates(text)
    bounds: list[tuple[int, int]] = []
    start = 0
    while length - start > limit:
        reach = start + limit
        end = reach  # hard cut unless a better one is within reach
        for positions in cuts:
            # The last candidate in (start, reach]: candidates are sorted, found by bisection.
            index = bisect_right(positions, reach) - 1
            if index >= 0 and positions[index] > start:
                end = positions[index]
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, length))
    return bounds


def _cut_candidates(text: str) -> list[list[int]]:
    """Sorted positions right after each run of white space, by the best cut kind there."""
    cuts: list[list[int]] = [[], [], [], []]
    for space in _SPACE_RUN.finditer(text):
        position = space.end()
        if position == len(text) or space.start() == 0:
            continue  # nothing to cut before, or after
        breaks = len(_LINE_BREAK.findall(space.group()))
        if breaks >= 2:
            kind = PARAGRAPH
        elif breaks == 1:
            kind = LINE
        elif _SENTENCE_END.search(text, max(0, space.start() - 4), space.start()):
            kind = SENTENCE
        else:
            kind = WORD
        cuts[kind].append(position)
    return cuts


def make_doc(nlp: "Language", text: str, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> Doc:
    """Tokenise ``text`` into a ``Doc`` with ``doc.text == text``, in time linear in its length.

    The tokens are those of ``nlp.make_doc(text)``, except inside a run without white space
    longer than :data:`MAX_RUN` characters, which is tokenised in pieces of :data:`RUN_PIECE`
    characters (a cut inside the run is a token boundary), and inside a run of white space
    longer than ``chunk_chars`` (the tokenizer gets at most that much at a time). There is no
    length limit: ``nlp.max_length`` guards the parser's memory; :func:`parse_long` parses in
    chunks.
    """
    docs: list[Doc] = []
    done = 0
    for run in _LONG_RUN.finditer(text):
        docs += _tokenise_plain(nlp, text[done:run.start()], chunk_chars)
        # The run's piece ends with the white space after it, as a word does in the whole text.
        end = _SPACE_RUN.match(text, run.end())
        done = end.end() if end else run.end()
        docs.append(_tokenise_run(nlp, text[run.start():done]))
    docs += _tokenise_plain(nlp, text[done:], chunk_chars)
    if not docs:
        return nlp.tokenizer("")
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _tokenise_plain(nlp: "Language", text: str, chunk_chars: int) -> list[Doc]:
    """Text without long runs, tokenised in calls of at most ``chunk_chars`` characters (or
    just over :data:`MAX_RUN`, so that only white space can need a hard cut)."""
    limit = max(chunk_chars, MAX_RUN + 1)
    return [nlp.tokenizer(text[start:end]) for start, end in chunk_bounds(text, limit)]


def _tokenise_run(nlp: "Language", run: str) -> Doc:
    """A long run without white space (and the white space after it), tokenised piece by piece."""
    words: list[str] = []
    spaces: list[bool] = []
    for start in range(0, len(run), RUN_PIECE):
        for token in nlp.tokenizer(run[start:start + RUN_PIECE]):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)


def parse_long(nlp: "Language", text: str, chunk_chars: int = DEFAULT_CHUNK_CHARS,
               skip: Collection[str] = ()) -> Doc:
    """Run the pipeline, less the components named in ``skip``, over ``text`` of any length.

    The text is parsed in chunks of at most ``chunk_chars`` characters cut by
    :func:`chunk_bounds` (so preferably at paragraphs), one chunk per ``nlp.pipe`` batch, and
    the chunks are merged into one ``Doc``: its text is ``text`` exactly, and tokens, tags,
    lemmas, dependencies, sentence starts and entities are the chunks' own, at their offsets
    in the whole text. No sentence or entity crosses a cut. A merged doc has no tensor (it
    would cost 384 bytes a token and nothing here reads it). Linear in ``len(text)``.
    """
    disabled = [name for name in nlp.pipe_names if name in skip]
    bounds = chunk_bounds(text, chunk_chars) or [(0, 0)]
    chunks = (make_doc(nlp, text[start:end], chunk_chars) for start, end in bounds)
    parsed = []
    for doc in nlp.pipe(chunks, batch_size=1, disable=disabled):
        if len(bounds) > 1:
            doc.tensor = doc.tensor[:0].copy()  # not merged: free it now
        parsed.append(doc)
    merged = parsed[0] if len(parsed) == 1 else Doc.from_docs(
        parsed, ensure_whitespace=False, exclude=["tensor"])
    if merged.text != text:  # cannot happen unless spaCy changes how it rebuilds text
        raise RuntimeError("the merged chunks do not spell the story's text")
    return merged

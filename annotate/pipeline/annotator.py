"""The annotator: a spaCy pipeline plus our three layers, as a Python API.

``Annotator`` loads the model once and annotates one story or a stream of stories (one
``nlp.pipe`` pass, in order, a failing story isolated so that the others go on).
``annotate_text`` is the one-call convenience the README shows. A :class:`Result` is one
story's outcome: its record, or (as worker processes send it back) the record already written
as a JSON line.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple

from .. import errors
from ..arguments import check_bool, check_date, check_format, check_path, check_text
from ..errors import AnnotateError
from ..input.prepare import PreparedStory, prepare
from ..input.stories import (
    MAX_BYTES,
    Story,
    StoryError,
    parse_date,
    read_stdin,
    read_story_file,
    with_options,
)
from .longtext import DEFAULT_CHUNK_CHARS, make_doc, parse_long
from .model import load_model

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIPES = ("annotate_people", "annotate_dates", "annotate_actions")
DEFAULT_BATCH_SIZE = 32


class Counts(NamedTuple):
    """What a batch summary counts in one record."""

    people: int
    dates: int
    actions: int
    empty: bool  # the story had no text to annotate (blank, or all boilerplate)


class Result:
    """The outcome for one story: its JSON record, or the error that stopped it.

    A worker process sends back ``line``, the record already serialised as one JSON line, with
    its ``counts``; the record itself is then parsed from the line only if someone asks for it
    (the JSONL writer never does). ``tokens`` is the story's length in tokens.
    """

    __slots__ = ("story_id", "source", "error", "output_name", "tokens", "_record", "_line",
                 "_counts")

    def __init__(self, story_id: str, source: str, record: dict[str, Any] | None,
                 error: str | None = None, output_name: str | None = None, tokens: int = 0,
                 line: str | None = None, counts: Counts | None = None
                 ) -> None:
        self.story_id, self.source, self.error = story_id, source, error
        self.output_name, self.tokens = output_name, tokens
        self._record, self._line = record, line
        self._counts = counts if counts is not None or record is None else record_counts(record)

    def __repr__(self) -> str:
        return f"Result({self.story_id!r}, {self.source!r}, error={self.error!r})"

    @property
    def failed(self) -> bool:
        return self._record is None and self._line is None

    @property
    def record(self) -> dict[str, Any] | None:
        """The ``annotate/1`` record (None for a failed story)."""
        if self._record is None and self._line is not None:
            self._record = json.loads(self._line)
        return self._record

    def json_line(self) -> str:
        """The record as one compact JSON line, as :func:`to_json_line` writes it."""
        if self._line is not None:
            return self._line
        from ..output.record import to_json_line

        assert self._record is not None
        return to_json_line(self._record)

    @property
    def counts(self) -> Counts:
        """People, dates and actions found, and whether the story had no text (all 0 when it
        failed)."""
        return self._counts or Counts(0, 0, 0, False)

    def serialised(self) -> "Result":
        """The same result with its record as a JSON line: cheap to send between processes."""
        if self.failed or self._line is not None:
            return self
        return Result(self.story_id, self.source, None, self.error, self.output_name,
                      self.tokens, self.json_line(), self.counts)

    def __getstate__(self) -> tuple[Any, ...]:
        return (self.story_id, self.source, self.error, self.output_name, self.tokens,
                self._record, self._line, self._counts)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        (self.story_id, self.source, self.error, self.output_name, self.tokens,
         self._record, self._line, self._counts) = state


def record_counts(record: dict[str, Any]) -> Counts:
    """What a batch summary counts in one record."""
    return Counts(len(record["people"]), len(record["dates"]), len(record["actions"]),
                  not record["text"].strip())


class Annotator:
    """Annotates stories with people, dates and actions. Build once, reuse for many stories."""

    def __init__(self, model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 chunk_chars: int = DEFAULT_CHUNK_CHARS) -> None:
        from . import factories  # noqa: F401 - registers our components with spaCy
        from .attribute_index import swap_attribute_ruler
        from .lemma_cache import swap_lemmatizer
        from .lemma_tables import index_lemma_tables

        self.nlp = load_model(model)
        swap_attribute_ruler(self.nlp)  # same token attributes, a fraction of the time
        swap_lemmatizer(self.nlp)  # same lemmas, each word's worked out once
        index_lemma_tables(self.nlp)  # same lemmas, without scanning word lists
        if "lemmatizer" in self.nlp.pipe_names:  # "hoped" is hope's, not hop's
            self.nlp.add_pipe("annotate_verb_lemmas", after="lemmatizer")
        self.nlp.add_pipe("annotate_segmenter", before="parser")
        self.nlp.add_pipe("annotate_hyphenated_names", first=True)  # "Moon Jae-in": one name
        if "ner" in self.nlp.pipe_names:
            self.nlp.add_pipe("annotate_hyphenated_names_ner", after="ner")
        for pipe in PIPES:
            self.nlp.add_pipe(pipe, last=True)
        self.batch_size = batch_size
        self.chunk_chars = min(chunk_chars, self.nlp.max_length)

    def annotate(self, text: str, date: date | str | None = None, story_id: str = "-",
                 source: str = "-", clean: bool = True, story_format: str = "auto") -> dict[str, Any]:
        """Annotate one story and return its ``annotate/1`` record; raises on failure.

        ``clean=False`` annotates the text exactly as given (no repair, no boilerplate removal);
        ``story_format`` is "text", "html" or "auto" (HTML when it looks like a web page).
        A wrong type raises ``TypeError``, an unknown ``story_format`` ``ValueError``."""
        text, date = check_text(text), check_date(date)
        story_format = check_format(story_format)
        clean = check_bool(clean, "clean")
        reference = parse_date(date) if isinstance(date, str) else date
        story = Story(id=story_id, text=text, source=source, date=reference,
                      date_origin="argument" if reference else None, clean=clean,
                      format=story_format)
        return self.annotate_story(story)

    def annotate_story(self, story: Story) -> dict[str, Any]:
        """Annotate one :class:`Story` (as read from a file) and return its record."""
        result = next(self.annotate_stories([story]))
        if result.record is None:
            raise AnnotateError(errors.STORY_FAILED, result.error or "annotation failed")
        return result.record

    def annotate_stories(self, stories: Iterable[Story | StoryError],
                         batch_size: int | None = None) -> Iterator[Result]:
        """Annotate a stream of stories lazily, yielding one result per input, in input order,
        ``batch_size`` stories per ``nlp.pipe`` batch (default: the annotator's)."""
        size = batch_size or self.batch_size
        chunk: list[Story | StoryError] = []
        for story in stories:
            chunk.append(story)
            if len(chunk) >= size:
                yield from self._annotate_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._annotate_chunk(chunk)

    def _annotate_chunk(self, chunk: list[Story | StoryError]) -> Iterator[Result]:
        outcomes: dict[int, tuple[dict[str, Any], int] | str] = {}
        ready: list[tuple[Story, PreparedStory]] = []
        for story in chunk:
            if isinstance(story, Story):
                try:
                    ready.append((story, prepare(story)))
                except Exception as error:  # noqa: BLE001 - reported per story, batch goes on
                    outcomes[id(story)] = _describe(error)
        try:
            outcomes.update((id(story), outcome) for (story, _), outcome
                            in zip(ready, self._records(ready)))
        except Exception:  # one story broke the batch: redo them one by one to isolate it
            for item in ready:
                try:
                    outcomes[id(item[0])] = self._records([item])[0]
                except Exception as error:  # noqa: BLE001 - reported per story, batch goes on
                    outcomes[id(item[0])] = _describe(error)
        for item in chunk:
            if isinstance(item, StoryError):
                yield Result(item.id, item.source, None, item.message, item.output_name)
                continue
            outcome = outcomes[id(item)]
            if isinstance(outcome, str):
                yield Result(item.id, item.source, None, f"{item.source}: {outcome}",
                             item.output_name)
            else:
                record, tokens = outcome
                yield Result(item.id, item.source, record, None, item.output_name, tokens)

    def make_doc(self, story: Story, prepared: PreparedStory | None = None) -> Doc:
        """The tokenised story (its prepared text, or its text as it is), carrying its
        reference date, ready for the pipeline."""
        text = prepared.text if prepared is not None else story.text
        doc = make_doc(self.nlp, text, self.chunk_chars)
        self._set_story_attributes(doc, story, prepared)
        return doc

    @staticmethod
    def _set_story_attributes(doc: Doc, story: Story, prepared: PreparedStory | None) -> None:
        reference, origin = story.date, story.date_origin
        if reference is None and prepared is not None and prepared.page_date is not None:
            reference, origin = prepared.page_date, "page"
        doc._.annotate_reference_date = reference
        doc._.annotate_reference_source = origin if reference else None
        doc._.annotate_dateline = prepared.dateline if prepared is not None else None
        doc._.annotate_warnings = list(prepared.warnings) if prepared is not None else []

    def _annotate_long(self, story: Story, prepared: PreparedStory) -> Doc:
        """A story longer than one chunk: the model runs over paragraph-aligned chunks, merged
        into one Doc, and our layers then run over the whole story at once."""
        doc = parse_long(self.nlp, prepared.text, self.chunk_chars, skip=PIPES)
        self._set_story_attributes(doc, story, prepared)
        for name in PIPES:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def _records(self, items: list[tuple[Story, PreparedStory]]
                 ) -> list[tuple[dict[str, Any], int]]:
        """Each story's record and its length in tokens, in the order of ``items``. The
        stories go through the model shortest first (similar lengths batch better); a story
        longer than one chunk is parsed on its own by :meth:`_annotate_long`."""
        from ..output.record import doc_to_record

        short = sorted((item for item in items if len(item[1].text) <= self.chunk_chars),
                       key=lambda item: len(item[1].text))
        docs = [self.make_doc(story, prepared) for story, prepared in short]
        parsed = {id(story): doc for (story, _), doc
                  in zip(short, self.nlp.pipe(docs, batch_size=len(docs) or 1))}
        for story, prepared in items:
            if id(story) not in parsed:
                parsed[id(story)] = self._annotate_long(story, prepared)
        return [(doc_to_record(parsed[id(story)], story, prepared), len(parsed[id(story)]))
                for story, prepared in items]


def _describe(error: Exception) -> str:
    if isinstance(error, AnnotateError):
        return error.message
    return f"annotation failed ({type(error).__name__}: {error})"


_shared: dict[str | None, Annotator] = {}


def shared_annotator(model: str | None = None) -> Annotator:
    """The process's annotator for ``model``, loaded on first use and kept for later calls
    (one model load per process, whatever batch sizes its callers use)."""
    if model not in _shared:
        _shared[model] = Annotator(model)
    return _shared[model]


def annotate_text(text: str, date: date | str | None = None, model: str | None = None,
                  clean: bool = True) -> dict[str, Any]:
    """Annotate one story and return its ``annotate/1`` record.

    ``date`` is the story's publication date (``YYYY-MM-DD`` or a ``datetime.date``), against
    which relative dates ("Monday", "last week") are resolved. The text is repaired and cleaned
    of web-page boilerplate first unless ``clean`` is False. The model is loaded on first use
    and kept for later calls.
    """
    check_text(text), check_date(date), check_bool(clean, "clean")
    return shared_annotator(model).annotate(text, date=date, clean=clean)


def annotate_file(path: Path | None, date: str | None = None, model: str | None = None,
                  clean: bool = True, story_format: str | None = None,
                  max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Annotate one story file (standard input for None or "-") and return its record.

    ``story_format`` "text" or "html" overrides what the file's suffix (or, for standard
    input, its content) says; ``clean=False`` annotates the decoded input unchanged. Only a
    regular file or a pipe is read, up to ``max_bytes``."""
    path = check_path(path, allow_none=True)
    date = check_date(date)
    story_format = check_format(story_format, allow_none=True)
    reference = parse_date(date) if isinstance(date, str) else date
    story = (read_stdin(max_bytes) if path is None or str(path) == "-"
             else read_story_file(path, max_bytes=max_bytes))
    story = with_options(story, clean, story_format, reference)
    return shared_annotator(model).annotate_story(story)

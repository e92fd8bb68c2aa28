"""The annotator: a spaCy pipeline plus our three layers, as a Python API.

``Annotator`` loads the model once and annotates one story or a stream of stories (one
``nlp.pipe`` pass, in order, a failing story isolated so that the others go on).
``annotate_text`` is the one-call convenience the README shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from . import errors
from .errors import AnnotateError
from .model import load_model
from .stories import Story, StoryError, parse_date, read_stdin, read_story_file

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIPES = ("annotate_people", "annotate_dates", "annotate_actions")
DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True)
class Result:
    """The outcome for one story: its JSON record, or the error that stopped it."""

    story_id: str
    source: str
    record: dict[str, Any] | None
    error: str | None = None
    output_name: str | None = None


class Annotator:
    """Annotates stories with people, dates and actions. Build once, reuse for many stories."""

    def __init__(self, model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        # Importing the components registers their factories with spaCy.
        from . import actions, dates, people, segmenter  # noqa: F401

        self.nlp = load_model(model)
        self.nlp.add_pipe("annotate_segmenter", before="parser")
        for pipe in PIPES:
            self.nlp.add_pipe(pipe, last=True)
        self.batch_size = batch_size

    def annotate(self, text: str, date: date | str | None = None, story_id: str = "-",
                 source: str = "-") -> dict[str, Any]:
        """Annotate one story and return its ``annotate/1`` record; raises on failure."""
        reference = parse_date(date) if isinstance(date, str) else date
        story = Story(id=story_id, text=text, source=source, date=reference,
                      date_origin="argument" if reference else None)
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
        readable = [s for s in chunk if isinstance(s, Story)]
        try:
            done: dict[int, dict[str, Any] | str] = {
                id(story): record for story, record in zip(readable, self._records(readable))}
        except Exception:  # one story broke the batch: redo them one by one to isolate it
            done = {}
            for story in readable:
                try:
                    done[id(story)] = self._records([story])[0]
                except Exception as error:  # noqa: BLE001 - reported per story, batch goes on
                    done[id(story)] = _describe(error)
        for item in chunk:
            if isinstance(item, StoryError):
                yield Result(item.id, item.source, None, item.message, item.output_name)
                continue
            outcome = done[id(item)]
            if isinstance(outcome, str):
                yield Result(item.id, item.source, None, f"{item.source}: {outcome}",
                             item.output_name)
            else:
                yield Result(item.id, item.source, outcome, None, item.output_name)

    def make_doc(self, story: Story) -> Doc:
        """The tokenised story, carrying its reference date, ready for the pipeline."""
        if len(story.text) > self.nlp.max_length:
            raise AnnotateError(errors.INPUT_TOO_LONG,
                                f"story is {len(story.text):,} characters; the limit is "
                                f"{self.nlp.max_length:,}")
        doc = self.nlp.make_doc(story.text)
        doc._.annotate_reference_date = story.date
        doc._.annotate_reference_source = story.date_origin if story.date else None
        doc._.annotate_warnings = []
        return doc

    def _records(self, stories: list[Story]) -> list[dict[str, Any]]:
        docs = [self.make_doc(story) for story in stories]
        from .export import doc_to_record

        return [doc_to_record(doc, story.id, story.source)
                for story, doc in zip(stories, self.nlp.pipe(docs, batch_size=len(docs) or 1))]


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


def annotate_text(text: str, date: date | str | None = None,
                  model: str | None = None) -> dict[str, Any]:
    """Annotate one story and return its ``annotate/1`` record.

    ``date`` is the story's publication date (``YYYY-MM-DD`` or a ``datetime.date``), against
    which relative dates ("Monday", "last week") are resolved. The model is loaded on first use
    and kept for later calls.
    """
    return shared_annotator(model).annotate(text, date=date)


def annotate_file(path: Path | None, date: str | None = None,
                  model: str | None = None) -> dict[str, Any]:
    """Annotate one story file (standard input for None or "-") and return its record."""
    reference = parse_date(date) if date else None
    story = read_stdin() if path is None or str(path) == "-" else read_story_file(path)
    return shared_annotator(model).annotate(story.text, date=reference, story_id=story.id,
                                            source=story.source)

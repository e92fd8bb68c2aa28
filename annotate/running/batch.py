"""Batch annotation: stories in, one result per story out, failures counted, never fatal.

``annotate_archive`` is the plain function behind ``annotate batch``: it reads the stories
(:mod:`annotate.input.stories`), leaves out those a resumed output already holds, annotates the
rest on an engine (:mod:`.engines`) and writes each result with a writer (:mod:`.writers`);
``run_batch`` does the writing and counting and returns a :class:`BatchSummary`.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..input.stories import Story, StoryError
from ..pipeline.annotator import DEFAULT_BATCH_SIZE, Result
from .writers import Writer, open_events, open_writer


def claim_stories(stories: Iterable[Story | StoryError], writer: Writer,
                  summary: "BatchSummary") -> Iterator[Story | StoryError]:
    """The stories still to annotate, each with its final output name; the ones the output
    already holds (when resuming) are counted in ``summary.already_done`` and left out."""
    for story in stories:
        if isinstance(story, Story):
            claimed = writer.claim(story)
            if claimed is None:
                summary.already_done += 1
                continue
            story = claimed
        yield story


@dataclass
class BatchSummary:
    stories: int = 0
    annotated: int = 0
    already_done: int = 0
    people: int = 0
    dates: int = 0
    actions: int = 0
    empty: int = 0  # annotated, but no text to annotate (blank, or all boilerplate)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tokens: int = 0  # of the stories annotated: with seconds, the batch's tokens per second

    @property
    def failed(self) -> int:
        return len(self.failures)

    def as_dict(self) -> dict[str, Any]:
        return {"stories": self.stories, "annotated": self.annotated,
                "already_done": self.already_done, "failed": self.failed,
                "empty": self.empty, "people": self.people, "dates": self.dates,
                "actions": self.actions, "seconds": round(self.seconds, 2),
                "tokens": self.tokens,
                "stories_per_s": round(self.annotated / self.seconds, 2) if self.seconds else 0.0,
                "tokens_per_s": round(self.tokens / self.seconds) if self.seconds else 0}


def run_batch(results: Iterable[Result], writer: Writer, summary: BatchSummary | None = None,
              on_result: Callable[[Result], None] | None = None) -> BatchSummary:
    """Write every result and count it. Failures are counted and passed to ``on_result`` like
    any other result, never raised; the writer is closed at the end, even on interruption."""
    summary = summary or BatchSummary()
    started = time.perf_counter()
    try:
        for result in results:
            summary.stories += 1
            if result.failed:
                summary.failures.append(result.error or result.source)
            else:
                writer.write(result)
                summary.annotated += 1
                people, dates, actions, empty = result.counts
                summary.people += people
                summary.dates += dates
                summary.actions += actions
                summary.empty += empty
                summary.tokens += result.tokens
            if on_result is not None:
                on_result(result)
    finally:
        close = getattr(results, "close", None)
        if close is not None:  # a generator over worker processes: stop them now
            close()
        writer.close()
        summary.seconds = time.perf_counter() - started
    return summary


def annotate_archive(path: Path, output: Path | None, date: str | None = None,
                     model: str | None = None, workers: int = 1, resume: bool = False,
                     engine: str = "local", scheduler: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE, clean: bool = True,
                     story_format: str | None = None,
                     on_result: Callable[[Result], None] | None = None,
                     on_warning: Callable[[str], None] | None = None,
                     events: Path | None = None, events_all: bool = False,
                     max_bytes: int | None = None) -> BatchSummary:
    """Annotate every story under ``path`` (a folder or a JSONL archive) into ``output`` (a
    ``.jsonl`` file, a folder, or None for standard output); return the counts.

    ``workers`` processes (0 = every usable core) on this machine, or a Dask cluster with
    ``engine="dask"`` (``scheduler`` address, or a local cluster). ``resume`` keeps what
    ``output`` already holds and annotates the rest. ``clean=False`` annotates each story as
    read; ``story_format`` ("text" or "html") overrides what suffixes and content say.
    ``on_warning`` gets one line for each folder the walk did not enter twice (a link loop):
    nothing is lost, so it is not a failure. ``events`` (a ``.csv`` or ``.parquet`` path) also
    writes one row per action, negated ones only with ``events_all``
    (:mod:`annotate.output.events`). A story file (or JSONL line) over ``max_bytes`` (default
    :data:`~annotate.input.stories.MAX_BYTES`) is skipped and counted as failed.

    Outputs are never an input, nor inside or around one (a usage error); a file or folder
    output is locked for the run, and ``resume`` refuses an output made with other options.
    """
    from ..arguments import check_date, check_format, check_path
    from ..input.stories import MAX_BYTES, iter_stories, parse_date, with_options
    from ..output.files import check_apart
    from .engines import dask_results, local_results, usable_cores
    from .runinfo import run_options

    path = check_path(path)
    output = check_path(output, "output", allow_none=True)
    events = check_path(events, "events", allow_none=True)
    story_format = check_format(story_format, allow_none=True)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        raise (TypeError if not isinstance(workers, int) else ValueError)(
            f"workers must be a whole number, 0 or more, not {workers!r}")
    date = check_date(date)
    reference = parse_date(date) if isinstance(date, str) else date
    if output is not None:
        check_apart(output, [path])
    if events is not None:
        check_apart(events, [path], "--events")
    if engine != "dask" or scheduler is None:
        cores = usable_cores()
        if workers > cores:
            if on_warning is not None:
                on_warning(f"--workers {workers} is more than the {cores} usable cores; "
                           f"using {cores}")
            workers = cores
    stories = iter_stories(path, reference, on_warning, max_bytes or MAX_BYTES)
    first = next(stories, None)  # surfaces a missing path before any model loads
    if events is not None:
        from ..output.events import check_events_path

        check_events_path(events)  # before the JSONL output is opened or truncated
    options = None
    if output is not None and str(output) != "-":
        options = run_options(reference.isoformat() if reference else None, model, clean,
                              story_format)
    writer = open_writer(output, resume, options)
    if events is not None:
        try:
            writer = open_events(writer, output, events, events_all, resume)
        except BaseException:
            writer.close()
            raise
    summary = BatchSummary()
    remaining = itertools.chain([first] if first is not None else [], stories)
    todo = claim_stories((with_options(story, clean, story_format)
                          if isinstance(story, Story) else story for story in remaining),
                         writer, summary)
    if engine == "dask":
        results = dask_results(todo, model, batch_size, workers, scheduler)
    else:
        results = local_results(todo, model, batch_size, workers)
    return run_batch(results, writer, summary, on_result)

"""Batch annotation: stories in, one result per story out, failures counted, never fatal.

``run_batch`` is the plain function behind ``annotate batch``: it writes a stream of results
(from any engine in :mod:`annotate.engines`) to a writer and returns a :class:`BatchSummary`.

Writers are safe to interrupt. A JSONL line is written with one system call, so a killed run
leaves complete lines (and ``--resume`` drops a torn last line should one ever appear); a folder
gets each ``.json`` under a temporary name and then renamed. With ``resume``, a writer reports
which stories it already holds (same id, same raw input), so a resumed run ends with exactly the
file an uninterrupted run would have written.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol

from . import errors
from .annotator import DEFAULT_BATCH_SIZE, Result
from .errors import UsageError
from .stories import Story, StoryError


def to_json_line(record: dict[str, Any]) -> str:
    """One record as a compact JSON line (non-ASCII kept as is)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_json(record: dict[str, Any]) -> str:
    """One record as indented JSON for a file or a reader (non-ASCII kept as is)."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def story_key(story_id: str, source_sha256: str) -> tuple[str, str]:
    """What identifies a story already written: its id and the hash of its raw input (the
    record's text is the cleaned text, so the raw input's hash is what a rerun can compare)."""
    return story_id, source_sha256


class Writer(Protocol):
    def claim(self, story: Story) -> Story | None:
        """The story as it will be written (with its final output name), or None if the output
        already holds it."""

    def write(self, result: Result) -> None: ...
    def close(self) -> None: ...


class StdoutWriter:
    """JSON lines on standard output (for pipes: ``annotate batch DIR | jq ...``)."""

    def claim(self, story: Story) -> Story | None:
        return story

    def write(self, result: Result) -> None:
        assert result.record is not None
        sys.stdout.write(to_json_line(result.record))
        sys.stdout.flush()

    def close(self) -> None:
        pass


class JsonlWriter:
    """One line per story, in input order; each line goes out in one system call."""

    def __init__(self, fd: int, written: Counter[tuple[str, str]] | None = None) -> None:
        self.fd = fd
        self.written = written or Counter()

    @classmethod
    def open(cls, path: Path, resume: bool = False) -> "JsonlWriter":
        try:
            if resume and path.exists():
                written = _complete_lines(path)
                return cls(os.open(path, os.O_WRONLY | os.O_APPEND), written)
            return cls(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644))
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT, f"{path}: cannot write ({error.strerror})") from None

    def claim(self, story: Story) -> Story | None:
        key = story_key(story.id, story.sha256)
        if self.written[key] > 0:  # a multiset: two equal stories in the input are two lines
            self.written[key] -= 1
            return None
        return story

    def write(self, result: Result) -> None:
        assert result.record is not None
        data = to_json_line(result.record).encode("utf-8")
        while data:  # os.write may write less than asked (pipes); finish the line
            data = data[os.write(self.fd, data):]

    def close(self) -> None:
        os.close(self.fd)


def _complete_lines(path: Path) -> Counter[tuple[str, str]]:
    """Keys of the complete lines of an earlier run's output; a torn last line is cut off."""
    keys: Counter[tuple[str, str]] = Counter()
    data = path.read_bytes()
    complete = data.rfind(b"\n") + 1
    if complete < len(data):
        with path.open("r+b") as stream:
            stream.truncate(complete)
    for line in data[:complete].splitlines():
        try:
            record = json.loads(line)
            keys[story_key(record["id"], record["source_sha256"])] += 1
        except (json.JSONDecodeError, KeyError, TypeError):
            raise UsageError(errors.BAD_OUTPUT, f"{path}: cannot resume: it holds a line "
                                                "that is not an annotate record") from None
    return keys


class FolderWriter:
    """One ``.json`` file per story under a folder, mirroring the input tree; each file is
    written to a temporary name and renamed, so a reader never sees half a file."""

    def __init__(self, folder: Path, resume: bool = False) -> None:
        self.folder = folder
        self.resume = resume
        self.used: set[str] = set()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT, f"{folder}: cannot create ({error.strerror})") from None

    def _unique_name(self, story: Story) -> str:
        name = story.output_name or f"{story.id}.json"
        stem, number = name[:-len(".json")], 2
        while name in self.used:  # two stories with one id: keep both
            name, number = f"{stem}~{number}.json", number + 1
        self.used.add(name)
        return name

    def claim(self, story: Story) -> Story | None:
        name = self._unique_name(story)
        if self.resume and self._holds(self.folder / name, story):
            return None
        return replace(story, output_name=name)

    @staticmethod
    def _holds(target: Path, story: Story) -> bool:
        try:
            record = json.loads(target.read_text(encoding="utf-8"))
            written = story_key(record["id"], record["source_sha256"])
            return written == story_key(story.id, story.sha256)
        except (OSError, ValueError, KeyError, TypeError):
            return False

    def write(self, result: Result) -> None:
        assert result.record is not None and result.output_name is not None
        target = self.folder / result.output_name
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(to_json(result.record))
        os.replace(temporary, target)

    def close(self) -> None:
        pass


def open_writer(output: Path | None, resume: bool = False) -> Writer:
    """A JSONL writer for ``*.jsonl``, standard output for None or "-", else a folder writer."""
    if output is None or str(output) == "-":
        if resume:
            raise UsageError(errors.BAD_OUTPUT, "--resume needs -o FILE.jsonl or -o FOLDER")
        return StdoutWriter()
    if output.suffix.lower() == ".jsonl":
        return JsonlWriter.open(output, resume)
    if output.suffix.lower() == ".json" and not output.is_dir():
        raise UsageError(errors.BAD_OUTPUT, f"{output}: a batch writes many records: name a "
                                            ".jsonl file or a folder")
    if output.exists() and not output.is_dir():
        raise UsageError(errors.BAD_OUTPUT,
                         f"{output}: exists and is not a folder; name a .jsonl file or a folder")
    return FolderWriter(output, resume)


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

    @property
    def failed(self) -> int:
        return len(self.failures)

    def as_dict(self) -> dict[str, Any]:
        return {"stories": self.stories, "annotated": self.annotated,
                "already_done": self.already_done, "failed": self.failed,
                "empty": self.empty, "people": self.people, "dates": self.dates,
                "actions": self.actions, "seconds": round(self.seconds, 2)}


def run_batch(results: Iterable[Result], writer: Writer, summary: BatchSummary | None = None,
              on_result: Callable[[Result], None] | None = None) -> BatchSummary:
    """Write every result and count it. Failures are counted and passed to ``on_result`` like
    any other result, never raised; the writer is closed at the end, even on interruption."""
    summary = summary or BatchSummary()
    started = time.perf_counter()
    try:
        for result in results:
            summary.stories += 1
            if result.record is None:
                summary.failures.append(result.error or result.source)
            else:
                writer.write(result)
                summary.annotated += 1
                summary.people += len(result.record["people"])
                summary.dates += len(result.record["dates"])
                summary.actions += len(result.record["actions"])
                summary.empty += not result.record["text"].strip()
            if on_result is not None:
                on_result(result)
    finally:
        writer.close()
        summary.seconds = time.perf_counter() - started
    return summary


def annotate_archive(path: Path, output: Path | None, date: str | None = None,
                     model: str | None = None, workers: int = 1, resume: bool = False,
                     engine: str = "local", scheduler: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE, clean: bool = True,
                     story_format: str | None = None,
                     on_result: Callable[[Result], None] | None = None,
                     on_warning: Callable[[str], None] | None = None) -> BatchSummary:
    """Annotate every story under ``path`` (a folder or a JSONL archive) into ``output`` (a
    ``.jsonl`` file, a folder, or None for standard output); return the counts.

    ``workers`` processes (0 = every usable core) on this machine, or a Dask cluster with
    ``engine="dask"`` (``scheduler`` address, or a local cluster). ``resume`` keeps what
    ``output`` already holds and annotates the rest. ``clean=False`` annotates each story as
    read; ``story_format`` ("text" or "html") overrides what suffixes and content say.
    ``on_warning`` gets one line for each folder the walk did not enter twice (a link loop):
    nothing is lost, so it is not a failure.
    """
    from .engines import dask_results, local_results
    from .stories import iter_stories, parse_date, with_options

    stories = iter_stories(path, parse_date(date) if date else None, on_warning)
    first = next(stories, None)  # surfaces a missing path before any model loads
    writer = open_writer(output, resume)
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

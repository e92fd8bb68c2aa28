"""Batch annotation: stories in, one result per story out, failures counted, never fatal.

``run_batch`` is the plain function behind ``annotate batch``: it streams stories through an
:class:`~annotate.annotator.Annotator` into a writer (a JSONL file, standard output, or a folder
of ``.json`` files mirroring the input tree) and returns a :class:`BatchSummary`.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Protocol

from . import errors
from .annotator import Annotator, Result
from .errors import UsageError
from .stories import Story, StoryError


def to_json_line(record: dict[str, Any]) -> str:
    """One record as a compact JSON line (non-ASCII kept as is)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class Writer(Protocol):
    def write(self, result: Result) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    """One line per story, in input order; each line is written whole and flushed."""

    def __init__(self, stream: IO[str], owned: bool) -> None:
        self.stream = stream
        self.owned = owned

    @classmethod
    def open(cls, path: Path | None) -> "JsonlWriter":
        if path is None:
            return cls(sys.stdout, owned=False)
        try:
            return cls(path.open("w", encoding="utf-8"), owned=True)
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT, f"{path}: cannot write ({error.strerror})") from None

    def write(self, result: Result) -> None:
        assert result.record is not None
        self.stream.write(to_json_line(result.record))
        self.stream.flush()

    def close(self) -> None:
        if self.owned:
            self.stream.close()


class FolderWriter:
    """One ``.json`` file per story under a folder, mirroring the input tree; each file is
    written to a temporary name and renamed, so a reader never sees half a file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT, f"{folder}: cannot create ({error.strerror})") from None

    def write(self, result: Result) -> None:
        assert result.record is not None
        name = result.output_name or f"{result.story_id}.json"
        stem, number = name[:-len(".json")], 2
        while name in self.used:  # two stories with one id: keep both
            name, number = f"{stem}~{number}.json", number + 1
        self.used.add(name)
        target = self.folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(result.record, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        os.replace(temporary, target)

    def close(self) -> None:
        pass


def open_writer(output: Path | None) -> Writer:
    """A JSONL writer for ``*.jsonl``, standard output for None or "-", else a folder writer."""
    if output is None or str(output) == "-":
        return JsonlWriter.open(None)
    if output.suffix.lower() == ".jsonl":
        return JsonlWriter.open(output)
    if output.exists() and not output.is_dir():
        raise UsageError(errors.BAD_OUTPUT,
                         f"{output}: exists and is not a folder; name a .jsonl file or a folder")
    return FolderWriter(output)


@dataclass
class BatchSummary:
    stories: int = 0
    annotated: int = 0
    people: int = 0
    dates: int = 0
    actions: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def as_dict(self) -> dict[str, Any]:
        return {"stories": self.stories, "annotated": self.annotated, "failed": self.failed,
                "people": self.people, "dates": self.dates, "actions": self.actions,
                "seconds": round(self.seconds, 2)}


def run_batch(stories: Iterable[Story | StoryError], annotator: Annotator, writer: Writer,
              on_result: Callable[[Result], None] | None = None) -> BatchSummary:
    """Annotate every story and write each result; return counts. Failures are counted and
    passed to ``on_result`` like any other result, never raised."""
    summary = BatchSummary()
    started = time.perf_counter()
    try:
        for result in annotator.annotate_stories(stories):
            summary.stories += 1
            if result.record is None:
                summary.failures.append(result.error or result.source)
            else:
                writer.write(result)
                summary.annotated += 1
                summary.people += len(result.record["people"])
                summary.dates += len(result.record["dates"])
                summary.actions += len(result.record["actions"])
            if on_result is not None:
                on_result(result)
    finally:
        writer.close()
        summary.seconds = time.perf_counter() - started
    return summary

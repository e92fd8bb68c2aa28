"""Where a batch's records go: JSON lines on standard output, a JSONL file, or a folder.

Writers are safe to interrupt. A JSONL line is written with one system call, so a killed run
leaves complete lines (and ``--resume`` drops a torn last line should one ever appear); a folder
gets each ``.json`` under a temporary name and then renamed. With ``resume``, a writer reports
which stories it already holds (same id, same raw input), so a resumed run ends with exactly the
file an uninterrupted run would have written.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .. import errors
from ..errors import UsageError
from ..input.stories import Story
from ..output.record import to_json
from ..pipeline.annotator import Result

if TYPE_CHECKING:
    from ..output.events import EventsWriter


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
        assert not result.failed
        sys.stdout.write(result.json_line())
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
        assert not result.failed
        data = result.json_line().encode("utf-8")
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


class EventsTee:
    """A writer that also writes each record's actions as rows of an events table
    (:mod:`annotate.output.events`), in the same order. Failed stories reach neither.

    With ``resume``, the table is rebuilt first from the records the JSONL output already
    holds (rows are a function of the record), so it always matches the JSONL.
    """

    def __init__(self, inner: Writer, events: "EventsWriter") -> None:
        self.inner = inner
        self.events = events

    def claim(self, story: Story) -> Story | None:
        return self.inner.claim(story)

    def write(self, result: Result) -> None:
        self.inner.write(result)
        assert result.record is not None
        self.events.write_record(result.record)

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            self.events.close()


def open_events(writer: Writer, output: Path | None, events: Path, include_negated: bool = False,
                resume: bool = False) -> EventsTee:
    """Wrap ``writer`` so it also writes the events table ``events`` (.csv or .parquet)."""
    from ..output.events import check_events_path, open_events_writer

    check_events_path(events)
    if output is not None and events.resolve() == output.resolve():
        raise UsageError(errors.BAD_OUTPUT, f"{events}: --events must name another file than -o")
    if resume and not isinstance(writer, JsonlWriter):
        raise UsageError(errors.BAD_OUTPUT, "--resume with --events needs -o FILE.jsonl "
                                            "(the table is rebuilt from the JSONL)")
    table = open_events_writer(events, include_negated)
    if resume and output is not None:
        try:
            with output.open(encoding="utf-8") as lines:  # complete lines: open() cut a torn one
                for line in lines:
                    table.write_record(json.loads(line))
        except BaseException:
            table.close()
            raise
    return EventsTee(writer, table)


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

"""Where a batch's records go: JSON lines on standard output, a JSONL file, or a folder.

Writers are safe to interrupt. A JSONL line is written with one system call, so a killed run
leaves complete lines (and ``--resume`` drops a torn last line should one ever appear); a folder
gets each ``.json`` under a temporary name and then renamed. A file or folder output is locked
for the run, and its run options are recorded beside it (:mod:`.runinfo`). With ``resume``, a writer reports
which stories it already holds (same id, same raw input), so a resumed run ends with exactly the
file an uninterrupted run would have written.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .. import errors
from ..errors import AnnotateError, UsageError
from ..input.stories import Story
from ..output.files import atomic_output, write_error
from ..output.record import SCHEMA, to_json
from ..pipeline.annotator import Result
from . import runinfo

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
    """One line per story, in input order; each line goes out in one system call.

    The file is locked (``flock``) for the whole run, before a byte of it changes: a second run
    on the same output fails at once. A new run empties it; a resumed run first reads it whole,
    refuses it unless every line is an annotate record (and its last line, if cut short, the
    start of one), and only then cuts a torn last line and appends.
    """

    def __init__(self, fd: int, written: Counter[tuple[str, str]] | None = None,
                 path: Path | None = None) -> None:
        self.fd = fd
        self.written = written or Counter()
        self.path = path or Path("-")

    @classmethod
    def open(cls, path: Path, resume: bool = False,
             options: dict[str, Any] | None = None) -> "JsonlWriter":
        if path.is_dir():
            raise UsageError(errors.BAD_OUTPUT, f"{path}: is a folder; name a .jsonl file, or "
                                                "the folder without the .jsonl suffix")
        try:  # no O_TRUNC: nothing changes before the lock is held
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT, f"{path}: cannot write ({error.strerror})") from None
        try:
            lock(fd, path)
            written: Counter[tuple[str, str]] = Counter()
            if resume:
                written, complete = _resumable_lines(path)
                if options is not None:
                    runinfo.check_same_options(path, options, has_records=bool(written))
                if complete is not None:
                    os.ftruncate(fd, complete)  # the torn last line of a killed run
            else:
                os.ftruncate(fd, 0)
            if options is not None and not (resume and written):
                runinfo.record_options(path, options)
            return cls(fd, written, path)
        except OSError as error:
            os.close(fd)
            raise write_error(path, error, "nothing was written") from None
        except BaseException:
            os.close(fd)
            raise

    def claim(self, story: Story) -> Story | None:
        key = story_key(story.id, story.sha256)
        if self.written[key] > 0:  # a multiset: two equal stories in the input are two lines
            self.written[key] -= 1
            return None
        return story

    def write(self, result: Result) -> None:
        assert not result.failed
        data = result.json_line().encode("utf-8")
        try:
            while data:  # os.write may write less than asked (pipes); finish the line
                data = data[os.write(self.fd, data):]
        except OSError as error:
            raise write_error(self.path, error, "every complete line is kept: make room and "
                                                "rerun with --resume to continue") from None

    def close(self) -> None:
        os.close(self.fd)  # also releases the lock


def lock(fd: int, path: Path) -> None:
    """Hold an exclusive lock on ``fd`` until it is closed; fail at once if another run holds
    one (a process that dies, even by kill -9, releases its locks)."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise AnnotateError(errors.OUTPUT_LOCKED, f"{path}: another annotate run is writing to "
                                                  "it; wait for it to end, or choose another "
                                                  "output") from None


_RECORD_START = ('{"schema":"' + SCHEMA + '",').encode("utf-8")


def _resumable_lines(path: Path) -> tuple[Counter[tuple[str, str]], int | None]:
    """Keys of the records of an earlier run's output, read line by line (constant memory),
    and the length to cut it to if its last line is torn (None if it is not). Nothing is
    changed here: a file that is not an annotate output is refused as it is."""
    keys: Counter[tuple[str, str]] = Counter()
    offset = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.endswith(b"\n"):  # the last line, cut short by a kill
                if not line.startswith(_RECORD_START):
                    raise _not_ours(path, f"its last line ({number}) is not an annotate record")
                return keys, offset
            try:
                record = json.loads(line)
                if record["schema"] != SCHEMA:
                    raise ValueError(record["schema"])
                keys[story_key(record["id"], record["source_sha256"])] += 1
            except (ValueError, KeyError, TypeError):
                raise _not_ours(path, f"line {number} is not an annotate record") from None
            offset += len(line)
    return keys, None


def _not_ours(path: Path, why: str) -> UsageError:
    return UsageError(errors.RESUME_MISMATCH, f"{path}: cannot resume: {why}; the file was left "
                                              "as it is")


class FolderWriter:
    """One ``.json`` file per story under a folder, mirroring the input tree; each file is
    written to a temporary name and renamed, so a reader never sees half a file.

    The folder is locked for the run, like a JSONL output. A folder that already holds files
    but no record of an annotate run is not written into: its files may be the user's own.
    """

    def __init__(self, folder: Path, resume: bool = False,
                 options: dict[str, Any] | None = None) -> None:
        self.folder = folder
        self.resume = resume
        self.used: set[str] = set()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT, f"{folder}: cannot create ({error.strerror})") from None
        try:
            lock(self.fd, folder)
            recorded = runinfo.recorded_options(folder) if options is not None else None
            if options is not None and recorded is None and any(
                    not name.startswith(".") for name in os.listdir(folder)):
                raise UsageError(errors.BAD_OUTPUT, f"{folder}: holds files that no annotate run "
                                                    "wrote; name a new or empty folder")
            if resume and options is not None:
                runinfo.check_same_options(folder, options, has_records=False)
            if options is not None and not (resume and recorded is not None):
                runinfo.record_options(folder, options)
        except BaseException:
            os.close(self.fd)
            raise

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
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise write_error(target, error, "the files written so far are complete: rerun "
                                             "with --resume to continue") from None
        with atomic_output(target) as stream:
            stream.write(to_json(result.record))

    def close(self) -> None:
        os.close(self.fd)


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
        try:
            self.events.write_record(result.record)
        except OSError as error:
            raise write_error(self.events.path, error, "the previous table is unchanged") from None

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            try:
                self.events.close()
            except OSError as error:  # a full disk: drop the half table, keep the old one
                with contextlib.suppress(OSError):
                    os.unlink(self.events.temporary)
                raise write_error(self.events.path, error,
                                  "the previous table is unchanged") from None


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


def open_writer(output: Path | None, resume: bool = False,
                options: dict[str, Any] | None = None) -> Writer:
    """A JSONL writer for ``*.jsonl``, standard output for None or "-", else a folder writer.
    ``options`` (see :mod:`.runinfo`) are recorded beside the output, and checked on resume."""
    if output is None or str(output) == "-":
        if resume:
            raise UsageError(errors.BAD_OUTPUT, "--resume needs -o FILE.jsonl or -o FOLDER")
        return StdoutWriter()
    if output.suffix.lower() == ".jsonl":
        return JsonlWriter.open(output, resume, options)
    if output.suffix.lower() == ".json" and not output.is_dir():
        raise UsageError(errors.BAD_OUTPUT, f"{output}: a batch writes many records: name a "
                                            ".jsonl file or a folder")
    if output.exists() and not output.is_dir():
        raise UsageError(errors.BAD_OUTPUT,
                         f"{output}: exists and is not a folder; name a .jsonl file or a folder")
    return FolderWriter(output, resume, options)

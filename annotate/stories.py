"""Reading stories: text files, JSON and JSONL archives, and standard input.

Every reader yields :class:`Story` items, or :class:`StoryError` items for input that cannot be
read (not UTF-8, binary, bad JSON), so that one bad story never stops a batch.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from . import errors
from .errors import AnnotateError, UsageError

STORY_SUFFIXES = (".txt", ".md", ".json", ".jsonl")


@dataclass(frozen=True)
class Story:
    id: str
    text: str
    source: str  # the file (with ":LINE" for a JSONL line) or "-"
    date: date | None = None
    date_origin: str | None = None  # "argument" (--date) or "input" (the JSONL "date")
    output_name: str | None = None  # path of its .json file under an output folder


@dataclass(frozen=True)
class StoryError:
    id: str
    source: str
    message: str
    output_name: str | None = None


def parse_date(value: str, where: str = "--date") -> date:
    """Parse a YYYY-MM-DD date, or raise a one-line error naming where it came from."""
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise UsageError(errors.BAD_DATE,
                         f"{where}: '{value}' is not a date; use YYYY-MM-DD, e.g. 2026-03-04") from None


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 text (a byte-order mark is dropped); refuse binary data."""
    if b"\x00" in data[:8192]:
        raise AnnotateError(errors.INPUT_BINARY, f"{source}: binary data, not a text story")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AnnotateError(
            errors.INPUT_NOT_TEXT,
            f"{source}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            f"convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8") from None


def read_stdin() -> Story:
    """Read one story from standard input."""
    return Story(id="-", text=decode(sys.stdin.buffer.read(), "<stdin>"), source="-")


def read_story_file(path: Path, default_date: date | None = None) -> Story:
    """Read one story from a text file (or a JSON file holding one story object)."""
    if not path.exists():
        raise UsageError(errors.INPUT_MISSING, f"{path}: no such file")
    if path.is_dir():
        raise UsageError(errors.INPUT_MISSING, f"{path}: is a folder; use 'annotate batch {path}'")
    stories = list(_stories_in_file(path, path.stem, default_date, nested=False))
    if len(stories) != 1:
        raise UsageError(errors.INPUT_BAD_JSON,
                         f"{path}: holds {len(stories)} stories; use 'annotate batch {path}'")
    if isinstance(stories[0], StoryError):
        raise AnnotateError(errors.INPUT_NOT_TEXT, stories[0].message)
    return stories[0]


def iter_stories(path: Path, default_date: date | None = None) -> Iterator[Story | StoryError]:
    """Yield the stories under ``path``: a folder (recursive, sorted, dotfiles skipped) or a file."""
    if not path.exists():
        raise UsageError(errors.INPUT_MISSING, f"{path}: no such file or folder")
    if path.is_file():
        yield from _stories_in_file(path, path.stem, default_date, nested=False)
        return
    for file in walk_directory(path):
        relative = file.relative_to(path)
        yield from _stories_in_file(file, relative.with_suffix("").as_posix(), default_date,
                                    nested=True)


def count_stories(path: Path) -> int:
    """How many stories ``path`` holds (for a progress bar): files, plus lines of JSONL files."""
    files = [path] if path.is_file() else walk_directory(path)
    total = 0
    for file in files:
        if file.suffix.lower() == ".jsonl":
            with file.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        else:
            total += 1
    return total


def walk_directory(folder: Path) -> list[Path]:
    """Story files under ``folder``, sorted, skipping hidden files and folders."""
    return sorted(
        file for file in folder.rglob("*")
        if file.is_file() and file.suffix.lower() in STORY_SUFFIXES
        and not any(part.startswith(".") for part in file.relative_to(folder).parts))


def _stories_in_file(path: Path, name: str, default_date: date | None,
                     nested: bool) -> Iterator[Story | StoryError]:
    """The stories in one file. ``name`` is its id (its path under the input folder, without
    suffix); the stories of a JSONL file inside a folder go to a sub-folder of that name."""
    source = str(path)
    if path.suffix.lower() == ".jsonl":
        yield from _stories_in_jsonl(path, name, default_date, nested)
        return
    try:
        text = decode(path.read_bytes(), source)
    except (OSError, AnnotateError) as error:
        yield StoryError(id=name, source=source, message=_message(error, source),
                         output_name=f"{name}.json")
        return
    if path.suffix.lower() == ".json":
        yield _story_from_json(text, source, name, None, default_date)
    else:
        yield Story(id=name, text=text, source=source, date=default_date,
                    date_origin="argument" if default_date else None,
                    output_name=f"{name}.json")


def _stories_in_jsonl(path: Path, name: str, default_date: date | None,
                      nested: bool) -> Iterator[Story | StoryError]:
    """One story a line, read line by line: an archive of any size takes constant memory."""
    source = str(path)
    try:
        stream = path.open("rb")
        if b"\x00" in stream.read(8192):
            stream.close()
            raise AnnotateError(errors.INPUT_BINARY, f"{source}: binary data, not JSON lines")
        stream.seek(0)
    except (OSError, AnnotateError) as error:
        yield StoryError(id=name, source=source, message=_message(error, source))
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            where = f"{source}:{number}"
            try:
                line = decode(raw, where)
            except AnnotateError as error:
                yield StoryError(id=f"{name}:{number}", source=where, message=error.message)
                continue
            if line.strip():
                yield _story_from_json(line, where, f"{name}:{number}",
                                       name if nested else None, default_date)


def _message(error: OSError | AnnotateError, source: str) -> str:
    return error.message if isinstance(error, AnnotateError) else f"{source}: {error.strerror}"


def _story_from_json(line: str, source: str, fallback_id: str, folder: str | None,
                     default_date: date | None) -> Story | StoryError:
    """One story object ``{"id", "text", "date"?}``; other keys are ignored."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return StoryError(fallback_id, source, f"{source}: not valid JSON ({error.msg})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return StoryError(fallback_id, source, f"{source}: no \"text\" string in this story")
    story_id = str(record.get("id") if record.get("id") not in (None, "") else fallback_id)
    output_name = _safe_name(story_id) + ".json"
    if folder is not None:
        output_name = f"{folder}/{output_name}"
    story_date, origin = default_date, "argument" if default_date else None
    if record.get("date"):
        try:
            story_date, origin = parse_date(str(record["date"]), f"{source}: \"date\""), "input"
        except UsageError as error:
            return StoryError(story_id, source, error.message, output_name)
    return Story(id=story_id, text=record["text"], source=source, date=story_date,
                 date_origin=origin, output_name=output_name)


def _safe_name(story_id: str) -> str:
    """A file name for a story id: path separators and control characters replaced."""
    cleaned = "".join(c if c.isalnum() or c in "-_.," else "_" for c in story_id).strip(".")
    return cleaned[:150] or "story"

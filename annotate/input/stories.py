"""Reading stories: text files, JSON and JSONL archives, and standard input.

Every reader yields :class:`Story` items, or :class:`StoryError` items for input that cannot be
read (not UTF-8, binary, bad JSON), so that one bad story never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from .. import errors
from ..errors import AnnotateError, UsageError
from .decoding import decode_bytes, sniff_binary
from .walk import FolderSkipped, Unreadable, walk_story_files

# The most one story (a file, standard input, or one line of a JSONL archive) may hold: far
# beyond any news story, but a bound, so that /dev/zero or a runaway file cannot eat the memory.
MAX_BYTES = 50 * 1024 * 1024
MEGABYTE = 1024 * 1024

HTML_SUFFIXES = (".html", ".htm")
STORY_SUFFIXES = (".txt", ".md", ".json", ".jsonl") + HTML_SUFFIXES


@dataclass(frozen=True)
class Story:
    id: str
    text: str  # decoded, not yet repaired or cleaned (see annotate.intake)
    source: str  # the file (with ":LINE" for a JSONL line) or "-"
    date: date | None = None
    date_origin: str | None = None  # "argument" (--date) or "input" (the JSONL "date")
    output_name: str | None = None  # path of its .json file under an output folder
    encoding: str = "utf-8"  # what the raw bytes were decoded from
    format: str = "auto"  # "text", "html", or "auto" (HTML when it looks like a page)
    clean: bool = True  # repair and clean the text; False annotates it as read (--keep-raw)
    source_sha256: str | None = None  # hash of the raw input: what --resume recognises

    @property
    def sha256(self) -> str:
        """The raw input's hash (of the text, when the story was not read from bytes)."""
        return self.source_sha256 or sha256_hex(self.text.encode("utf-8"))


@dataclass(frozen=True)
class StoryError:
    id: str
    source: str
    message: str
    output_name: str | None = None
    code: str = errors.INPUT_NOT_TEXT  # the catalogue code a single-story command exits with


def parse_date(value: str, where: str = "--date") -> date:
    """Parse a YYYY-MM-DD date, or raise a one-line error naming where it came from."""
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise UsageError(errors.BAD_DATE,
                         f"{where}: '{value}' is not a date; use YYYY-MM-DD, e.g. 2026-03-04") from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def story_from_bytes(data: bytes, story_id: str, source: str, story_format: str = "auto",
                     default_date: date | None = None, output_name: str | None = None) -> Story:
    """A story from raw bytes: decoded, hashed, its format taken from the caller (a file's
    suffix) or left to be sniffed. Raises AnnotateError for binary or undecodable data."""
    decoded = decode_bytes(data, display_name(source))
    return Story(id=story_id, text=decoded.text, source=source, date=default_date,
                 date_origin="argument" if default_date else None, output_name=output_name,
                 encoding=decoded.encoding, format=story_format,
                 source_sha256=sha256_hex(data))


def with_options(story: Story, clean: bool = True, story_format: str | None = None,
                 reference: date | None = None) -> Story:
    """The story with the caller's choices applied: cleaning on or off, a format that wins
    over the suffix ("text"/"html"; None keeps it), and a date for a story that has none."""
    changes: dict[str, object] = {"clean": clean}
    if story_format is not None:
        changes["format"] = story_format
    if reference is not None and story.date is None:
        changes.update(date=reference, date_origin="argument")
    return replace(story, **changes)


def display_name(source: str) -> str:
    """How messages name a story's source ("<stdin>" for "-")."""
    return "<stdin>" if source == "-" else source


def format_of(path: Path) -> str:
    """"html" for a saved web page, else "auto" (sniffed when the story is prepared)."""
    return "html" if path.suffix.lower() in HTML_SUFFIXES else "auto"


def _check_readable(mode: int, source: str) -> None:
    """Only regular files and pipes are read: a device (/dev/zero, /dev/urandom) or a socket
    may never end."""
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise AnnotateError(errors.INPUT_NOT_FILE,
                            f"{source}: not a regular file or a pipe; save the story to a file")


def _too_large(source: str, limit: int) -> AnnotateError:
    return AnnotateError(errors.INPUT_TOO_LARGE,
                         f"{source}: larger than the {_megabytes(limit)} limit; raise it with "
                         "--max-input-mb if this is really one story")


def _megabytes(limit: int) -> str:
    return f"{limit / MEGABYTE:.3g} MB"


def read_limited(stream: BinaryIO, source: str, limit: int = MAX_BYTES) -> bytes:
    """All of ``stream`` (a regular file or a pipe), or an error past ``limit`` bytes."""
    try:
        _check_readable(os.fstat(stream.fileno()).st_mode, source)
    except (AttributeError, OSError, ValueError):  # no file descriptor (a test's stand-in)
        pass
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(source, limit)
    return data


def read_file_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the file ``path``: refused before it is opened if it is a device."""
    _check_readable(os.stat(path).st_mode, str(path))
    with path.open("rb") as stream:
        return read_limited(stream, str(path), limit)


def read_stdin(max_bytes: int = MAX_BYTES) -> Story:
    """Read one story from standard input."""
    return story_from_bytes(read_limited(sys.stdin.buffer, "<stdin>", max_bytes), "-", "-")


def read_story_file(path: Path, default_date: date | None = None,
                    max_bytes: int = MAX_BYTES) -> Story:
    """Read one story from a text file (or a JSON file holding one story object)."""
    if not path.exists():
        raise UsageError(errors.INPUT_MISSING, f"{path}: no such file")
    if path.is_dir():
        raise UsageError(errors.INPUT_MISSING, f"{path}: is a folder; use 'annotate batch {path}'")
    stories = list(_stories_in_file(path, path.stem, default_date, nested=False,
                                    max_bytes=max_bytes))
    if len(stories) != 1:
        raise UsageError(errors.INPUT_BAD_JSON,
                         f"{path}: holds {len(stories)} stories; use 'annotate batch {path}'")
    if isinstance(stories[0], StoryError):
        raise AnnotateError(stories[0].code, stories[0].message)
    return stories[0]


def iter_stories(path: Path, default_date: date | None = None,
                 on_warning: Callable[[str], None] | None = None,
                 max_bytes: int = MAX_BYTES) -> Iterator[Story | StoryError]:
    """Yield the stories under ``path``: a file, or a folder (see :mod:`annotate.walk`:
    recursive, sorted, dotfiles skipped, links to folders followed once, lazily per folder).

    What cannot be read (a broken link, a folder that cannot be listed or vanished, a file
    without read permission) comes as a :class:`StoryError` in its place. A folder not walked
    twice (a link loop, a second link to one folder) loses no story: it is passed to
    ``on_warning`` as one line, not yielded. A folder ``path`` that cannot be listed at all
    raises an :class:`AnnotateError`. A story over ``max_bytes`` comes as a StoryError.
    """
    if not path.exists():
        raise UsageError(errors.INPUT_MISSING, f"{path}: no such file or folder")
    if path.is_file():
        yield from _stories_in_file(path, path.stem, default_date, nested=False,
                                    max_bytes=max_bytes)
        return
    for item in walk_story_files(path, STORY_SUFFIXES):
        if isinstance(item, FolderSkipped):
            if on_warning is not None:
                on_warning(item.message)
        elif isinstance(item, Unreadable):
            if item.path == path:  # nothing at all can be read: stop before any model loads
                raise AnnotateError(errors.INPUT_UNREADABLE,
                                    f"{item.message}; check it with: ls -ld {path}")
            yield StoryError(id=item.path.relative_to(path).as_posix(), source=str(item.path),
                             message=item.message)
        else:
            relative = item.relative_to(path)
            yield from _stories_in_file(item, relative.with_suffix("").as_posix(), default_date,
                                        nested=True, max_bytes=max_bytes)


def count_stories(path: Path) -> int:
    """How many results a batch over ``path`` gives (to size a progress bar): one a file, one a
    non-blank line of a JSONL file, one a path that cannot be read."""
    items = [path] if path.is_file() else walk_story_files(path, STORY_SUFFIXES)
    total = 0
    for item in items:
        if isinstance(item, FolderSkipped):  # a warning, not a result
            continue
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:  # reading it will fail too: one error result
                total += 1
        else:
            total += 1
    return total


def _stories_in_file(path: Path, name: str, default_date: date | None,
                     nested: bool, max_bytes: int = MAX_BYTES) -> Iterator[Story | StoryError]:
    """The stories in one file. ``name`` is its id (its path under the input folder, without
    suffix); the stories of a JSONL file inside a folder go to a sub-folder of that name."""
    source = str(path)
    if path.suffix.lower() == ".jsonl":
        yield from _stories_in_jsonl(path, name, default_date, nested, max_bytes)
        return
    try:
        story = story_from_bytes(read_file_limited(path, max_bytes), name, source,
                                 format_of(path), default_date, f"{name}.json")
    except (OSError, AnnotateError) as error:
        yield StoryError(id=name, source=source, message=_message(error, source),
                         output_name=f"{name}.json", code=_code(error))
        return
    if path.suffix.lower() == ".json":
        yield _story_from_json(story.text, source, name, None, default_date, story.encoding)
    else:
        yield story


def _stories_in_jsonl(path: Path, name: str, default_date: date | None,
                      nested: bool, max_bytes: int = MAX_BYTES) -> Iterator[Story | StoryError]:
    """One story a line, read line by line: an archive of any size takes constant memory, and
    a line over ``max_bytes`` is skipped (read past in pieces) and reported."""
    source = str(path)
    try:
        _check_readable(os.stat(path).st_mode, source)
        stream = path.open("rb")
        what = sniff_binary(stream.read(8192))
        if what is not None:
            stream.close()
            raise AnnotateError(errors.INPUT_BINARY, f"{source}: {what}, not JSON lines")
        stream.seek(0)
    except (OSError, AnnotateError) as error:
        yield StoryError(id=name, source=source, message=_message(error, source),
                         code=_code(error))
        return
    with stream:
        number = 0
        while raw := stream.readline(max_bytes + 1):
            number += 1
            where = f"{source}:{number}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (rest := stream.readline(MEGABYTE)) and not rest.endswith(b"\n"):
                    pass
                error = _too_large(where, max_bytes)
                yield StoryError(id=f"{name}:{number}", source=where, message=error.message,
                                 code=error.code)
                continue
            try:
                line = decode_bytes(raw, where)
            except AnnotateError as error:
                yield StoryError(id=f"{name}:{number}", source=where, message=error.message,
                                 code=error.code)
                continue
            if line.text.strip():
                yield _story_from_json(line.text, where, f"{name}:{number}",
                                       name if nested else None, default_date, line.encoding)


def _code(error: OSError | AnnotateError) -> str:
    return error.code if isinstance(error, AnnotateError) else errors.INPUT_UNREADABLE


def _message(error: OSError | AnnotateError, source: str) -> str:
    return error.message if isinstance(error, AnnotateError) else f"{source}: {error.strerror}"


def _story_from_json(line: str, source: str, fallback_id: str, folder: str | None,
                     default_date: date | None, encoding: str = "utf-8") -> Story | StoryError:
    """One story object ``{"id", "text", "date"?}``; other keys are ignored."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return StoryError(fallback_id, source, f"{source}: not valid JSON ({error.msg})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return StoryError(fallback_id, source, f"{source}: no \"text\" string in this story")
    text = _without_lone_surrogates(record["text"])
    story_id = _without_lone_surrogates(
        str(record.get("id") if record.get("id") not in (None, "") else fallback_id))
    output_name = _safe_name(story_id) + ".json"
    if folder is not None:
        output_name = f"{folder}/{output_name}"
    story_date, origin = default_date, "argument" if default_date else None
    if record.get("date"):
        try:
            story_date, origin = parse_date(str(record["date"]), f"{source}: \"date\""), "input"
        except UsageError as error:
            return StoryError(story_id, source, error.message, output_name)
    return Story(id=story_id, text=text, source=source, date=story_date,
                 date_origin=origin, output_name=output_name, encoding=encoding,
                 source_sha256=sha256_hex(text.encode("utf-8")))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> str:
    """JSON may escape half a UTF-16 pair ("\\ud83d"), which no UTF-8 output can hold: pairs are
    joined, lone halves become U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _safe_name(story_id: str) -> str:
    """A file name for a story id: path separators and control characters replaced."""
    cleaned = "".join(c if c.isalnum() or c in "-_.," else "_" for c in story_id).strip(".")
    return cleaned[:150] or "story"

"""Writing output files without ever losing a user's file.

* :func:`check_apart` refuses an output that is, contains or lies inside an input (writing it
  would truncate the input while it is read, or feed the records to a later run as stories).
* :func:`atomic_output` writes a file under a temporary name in the same folder and renames it
  over the target only once every byte is written: a full disk, a kill or an error leaves the
  previous file as it was and no temporary file behind. A target that exists and is not a
  regular file (``/dev/null``, ``/dev/full``, a named pipe) is written in place: renaming over it
  would replace the device.
* :func:`write_error` turns an ``OSError`` into the one line a user sees.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from .. import errors
from ..errors import AnnotateError, UsageError


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)  # also a hard link, or one folder by two paths
    except OSError:
        return False


def check_apart(output: Path, inputs: Iterable[Path], option: str = "-o") -> None:
    """Raise a usage error if ``output`` is one of ``inputs``, lies inside an input folder, or
    is a folder holding an input. Standard input/output ("-") is never in conflict."""
    if str(output) == "-":
        return
    target = _real(output)
    for source in inputs:
        if str(source) == "-":
            continue
        real_source = _real(source)
        if target == real_source or _same_file(output, source):
            problem = f"is the input {source}"
        elif real_source in target.parents:
            problem = f"is inside the input folder {source}"
        elif target in real_source.parents:
            problem = f"contains the input {source}"
        else:
            continue
        raise UsageError(errors.OUTPUT_IS_INPUT,
                         f"{option} {output}: {problem}; write the output somewhere else, "
                         "outside the input")


def write_error(path: Path, error: OSError, kept: str = "the previous file is unchanged") -> AnnotateError:
    """The one-line error for a write that failed (disk full, read-only folder...)."""
    reason = error.strerror or type(error).__name__
    return AnnotateError(errors.OUTPUT_FAILED, f"{path}: cannot write ({reason}); {kept}")


def _is_special(path: Path) -> bool:
    """Whether ``path`` exists and is not a regular file (a device, a pipe, a socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A text stream whose content replaces ``path`` only when the ``with`` block ends well.

    The temporary file sits in the target's folder (a rename within one file system is atomic),
    is hidden (a dot name, which no folder walk reads as a story) and is removed on any failure.
    The new file gets the usual permissions (0644 less the umask), like a file ``open`` creates.
    """
    if path.is_dir():
        raise UsageError(errors.BAD_OUTPUT, f"{path}: is a folder; name a file")
    if _is_special(path):
        try:
            with path.open("w", encoding="utf-8") as stream:
                yield stream
        except OSError as error:
            raise write_error(path, error, "nothing else was touched") from None
        return
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise write_error(path, error) from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(handle, 0o666 & ~umask)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as failure:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(failure, OSError):
            raise write_error(path, failure) from None
        raise

"""Errors a user can hit and fix. Each has a stable code; the CLI prints it as one line."""

from __future__ import annotations

import re

# C0 and C1 control characters and DEL: what starts a terminal escape sequence (ESC, CSI, OSC),
# rings the bell or moves the cursor. A file name or a story can hold them.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: each control character shown as its escape
    (``\\x1b``), so that a file name cannot retitle, clear or recolour the user's terminal."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


class AnnotateError(Exception):
    """A user-facing failure: the message says what went wrong and how to fix it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Raised in a worker process, it travels back pickled: rebuild it from its two parts
        # (the default would call it with the joined text alone and break the pool).
        return type(self), (self.code, self.message)


class UsageError(AnnotateError):
    """A mistake in how the command was called (exit code 2)."""


# The catalogue: one place to see every message a user can get.
MODEL_MISSING = "E001"
MODEL_UNSUITABLE = "E002"
MODELS_DIR_MISSING = "E003"
MODELS_DATA_BAD = "E004"
INPUT_MISSING = "E010"
INPUT_NOT_TEXT = "E011"
INPUT_BINARY = "E012"
INPUT_BAD_JSON = "E013"
INPUT_NO_TEXT = "E014"
HTML_EXTRACTOR_MISSING = "E016"
INPUT_UNREADABLE = "E017"
BAD_DATE = "E020"
BAD_OUTPUT = "E030"
OUTPUT_IS_INPUT = "E031"  # an output that is, contains or lies inside an input
OUTPUT_LOCKED = "E032"  # another run is writing the same batch output
OUTPUT_FAILED = "E033"  # writing failed part-way (disk full, read-only, ...); nothing replaced
RESUME_MISMATCH = "E034"  # --resume on an output made with other options, or not by annotate
INPUT_TOO_LARGE = "E018"
INPUT_NOT_FILE = "E019"  # a device, socket or other endless/unsuitable input
NO_STORY = "E040"
STORY_FAILED = "E050"
ENGINE_MISSING = "E060"
ENGINE_FAILED = "E062"  # a worker process died, or the Dask scheduler cannot be reached
EXTRA_MISSING = "E061"
EVENTS_UNREADABLE = "E070"
INTERNAL = "E099"  # a bug: reported as one line; ANNOTATE_DEBUG=1 shows the traceback

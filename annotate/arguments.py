"""Checking what a Python caller passes to the API, before any work is done.

A wrong type is a programming mistake, so it raises the plain ``TypeError`` (naming the
argument), an unknown choice a ``ValueError``; neither is wrapped in an ``AnnotateError``. A
malformed date string stays an ``AnnotateError`` (code E020), like ``--date`` on the command line.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

STORY_FORMATS = ("auto", "text", "html")


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_text(text: Any, name: str = "text") -> str:
    """``text`` must be a ``str`` (bytes must be decoded by the caller, who knows the encoding)."""
    if not isinstance(text, str):
        hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, bytes) else ""
        raise TypeError(f"{name} must be a str, not {_type_name(text)}{hint}")
    return text


def check_date(value: Any, name: str = "date") -> date | str | None:
    """A date as ``YYYY-MM-DD`` text, a ``datetime.date`` or None; a ``datetime`` is taken as its
    date (its clock time would otherwise leak into values such as "Monday")."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"{name} must be a 'YYYY-MM-DD' str or a datetime.date, "
                    f"not {_type_name(value)}")


def check_format(story_format: Any, name: str = "story_format",
                 allow_none: bool = False) -> str | None:
    """One of "auto", "text" or "html" (or None where the caller lets the file decide)."""
    if story_format is None and allow_none:
        return None
    if not isinstance(story_format, str):
        raise TypeError(f"{name} must be a str, not {_type_name(story_format)}")
    if story_format not in STORY_FORMATS:
        raise ValueError(f"{name} must be one of {', '.join(STORY_FORMATS)}, "
                         f"not {story_format!r}")
    return story_format


def check_path(path: Any, name: str = "path", allow_none: bool = False) -> Path | None:
    """A ``str`` or ``os.PathLike`` path (None where standard input/output is meant)."""
    if path is None and allow_none:
        return None
    if isinstance(path, Path):
        return path
    if isinstance(path, str):
        return Path(path)
    try:
        from os import fspath

        return Path(fspath(path))
    except TypeError:
        raise TypeError(f"{name} must be a str or a path, not {_type_name(path)}") from None


def check_bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {_type_name(value)}")
    return value

"""What the story command writes: one record as a colour view, JSON, an HTML page or an SVG
picture, to stdout or atomically to a file, and the stderr line for an empty story.

The view and HTML modules are imported only when asked for, so ``annotate --help`` stays fast.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Any

from .errors import printable
from .output.files import atomic_output


class OutputFormat(str, enum.Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    html = "html"


def empty_story_warning(record: dict[str, Any]) -> str:
    """The stderr line for a story with no text to annotate (its first warning says why)."""
    from .input.stories import display_name

    return printable(f"annotate: warning: {display_name(record['source'])}: "
                     f"{record['warnings'][0]}")


def write_record(record: dict[str, Any], output_format: OutputFormat, output: Path | None,
                 color: bool | None) -> None:
    """Write one record as a colour view or JSON, to a file or stdout (JSON never via rich)."""
    if output_format is OutputFormat.text:
        from .output.view import render, view_console

        if output is None:
            view_console(record, color=color).print(render(record))
            return
        with atomic_output(output) as stream:
            view_console(record, file=stream, color=False).print(render(record))
        return
    if output_format is OutputFormat.html:
        from .output.html import write_page  # imported only when asked for: --help stays fast

        write_page(record, output, atomic_output)
        return
    from .output.record import to_json, to_json_line

    payload = to_json(record) if output_format is OutputFormat.json else to_json_line(record)
    if output is None:
        sys.stdout.write(payload)
        sys.stdout.flush()
    else:
        with atomic_output(output) as stream:
            stream.write(payload)


def save_svg(record: dict[str, Any], path: Path, width: int = 100) -> None:
    """Save the colour view of a record as an SVG picture."""
    import io

    from rich.console import Console

    from .output.view import render

    console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True,
                      highlight=False, markup=False, emoji=False)
    console.print(render(record))
    with atomic_output(path) as stream:
        stream.write(console.export_svg(title=f"annotate {record['source']}"))

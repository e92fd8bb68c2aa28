"""What a batch output was made with, so that ``--resume`` never mixes two kinds of records.

Every option that changes an annotation (the ``--date``, ``--keep-raw``, ``--format-in``, the
model and its version, annotate's own version) is written, when a batch starts, to a small JSON
file beside the output: ``.NAME.run.json`` next to ``NAME.jsonl``, ``.annotate-run.json`` inside
an output folder (dot names: no folder walk reads them as stories). ``--resume`` compares it with
the options of the new run and refuses, naming the first option that differs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import UsageError
from ..output.files import atomic_output

FOLDER_SIDECAR = ".annotate-run.json"
# How each recorded option is named to the user.
LABELS = {"annotate": "annotate version", "model": "--model", "model_version": "model version",
          "date": "--date", "keep_raw": "--keep-raw", "format_in": "--format-in"}


def _version(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except (PackageNotFoundError, ValueError):
        return None


def run_options(date: str | None = None, model: str | None = None, clean: bool = True,
                story_format: str | None = None) -> dict[str, Any]:
    """The options of a run that change its records (the model named as it will be loaded)."""
    from ..errors import AnnotateError
    from ..pipeline.model import resolve_model_name

    try:
        name = resolve_model_name(model)
    except AnnotateError:  # none installed here (a remote Dask cluster may have one)
        name = model
    return {"annotate": _version("annotate"), "model": name, "model_version": _version(name),
            "date": date, "keep_raw": not clean, "format_in": story_format or "auto"}


def sidecar(output: Path) -> Path:
    """Where the options of the batch output ``output`` (a .jsonl file or a folder) are kept."""
    if output.suffix.lower() == ".jsonl":
        return output.with_name(f".{output.name}.run.json")
    return output / FOLDER_SIDECAR


def record_options(output: Path, options: dict[str, Any]) -> None:
    """Write the run's options beside ``output`` (atomically)."""
    with atomic_output(sidecar(output)) as stream:
        stream.write(json.dumps({"annotate_run": 1, **options}, indent=2) + "\n")


def recorded_options(output: Path) -> dict[str, Any] | None:
    """The options ``output`` was made with, or None if they were never recorded."""
    try:
        data = json.loads(sidecar(output).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise UsageError(errors.RESUME_MISMATCH, f"{sidecar(output)}: cannot read the options "
                                                 f"{output} was made with ({error})") from None
    if not isinstance(data, dict) or data.get("annotate_run") != 1:
        raise UsageError(errors.RESUME_MISMATCH,
                         f"{sidecar(output)}: not a record of annotate's run options")
    return data


def check_same_options(output: Path, options: dict[str, Any], has_records: bool) -> None:
    """Refuse to resume ``output`` when it was made with other options than ``options`` (or
    holds records whose options were never recorded)."""
    recorded = recorded_options(output)
    if recorded is None:
        if has_records:
            raise UsageError(errors.RESUME_MISMATCH,
                             f"{output}: cannot resume: there is no record of the options it was "
                             f"made with ({sidecar(output).name} is missing); rerun without "
                             "--resume to start over")
        return
    for key, label in LABELS.items():
        if recorded.get(key) != options.get(key):
            raise UsageError(errors.RESUME_MISMATCH,
                             f"{output}: cannot resume: it was made with {label} "
                             f"{_shown(recorded.get(key))}, this run has {label} "
                             f"{_shown(options.get(key))}; rerun with the same options, or "
                             "without --resume to start over")


def _shown(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)

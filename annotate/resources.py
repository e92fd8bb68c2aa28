"""Where the pipeline's data files live, and how to read them.

The data (lexicons, gazetteer, patterns) sits in the repository's top-level ``models/`` folder.
The wheel ships it as ``annotate/models``; a source checkout or editable install reads it in place.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import errors
from .errors import AnnotateError


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """Return the folder holding the pipeline's data files."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "models", package.parent / "models"):
        if (candidate / "countries.tsv").is_file():
            return candidate
    raise AnnotateError(
        errors.MODELS_DIR_MISSING,
        f"the data folder 'models' is missing next to {package}; reinstall annotate",
    )


def read_table(name: str) -> list[dict[str, str]]:
    """Read a tab-separated data file from ``models/``.

    Lines starting with ``#`` are the header (documentation) and are skipped; the first other
    line names the columns. Returns one dict per row; missing trailing fields are empty strings.
    """
    path = models_dir() / name
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if columns is None:
                columns = [field.strip() for field in fields]
                continue
            fields += [""] * (len(columns) - len(fields))
            rows.append({column: value.strip() for column, value in zip(columns, fields)})
    return rows

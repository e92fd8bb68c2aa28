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
    The file is read in one piece and split in memory (a third faster than line by line,
    which counts while the pipeline loads: its tables hold some 35,000 rows).
    """
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    width = 0
    for line in _text(name).split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if columns is None:
            columns = [field.strip() for field in fields]
            width = len(columns)
            continue
        if len(fields) < width:
            fields += [""] * (width - len(fields))
        rows.append(dict(zip(columns, map(str.strip, fields))))
    return rows


def read_column(name: str, lower: bool = False) -> list[str]:
    """The first field of every row of a large table of ``models/``, as written (in lower case
    with ``lower``), in file order: no stripping and no dict per row, about twice as fast as
    :func:`read_table`. Rows are the lines after the one that names the columns, less those
    that are empty or start with ``#``.
    """
    _, body = _body(name)
    if lower:
        body = body.lower()
    lines = body.split("\n") if body else []
    if "\n#" in "\n" + body or "\n\n" in "\n" + body + "\n":  # rare: filter line by line
        lines = [line for line in lines if line and not line.startswith("#")]
    if "\t" in body:
        lines = [line.partition("\t")[0] for line in lines]
    return lines


def read_fields(name: str, *columns: str) -> list[tuple[str, ...]]:
    """The named fields of every row of a table of ``models/``, in file order: the values
    :func:`read_table` gives for those columns, without a dict per row."""
    header, body = _body(name)
    names = [field.strip() for field in header.split("\t")]
    # the last column of a name, as a dict of read_table keeps it; ValueError for a missing one
    positions = [len(names) - 1 - names[::-1].index(column) for column in columns]
    width = max(positions, default=-1) + 1
    rows = []
    for line in body.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < width:
            fields += [""] * (width - len(fields))
        rows.append(tuple([fields[position].strip() for position in positions]))
    return rows


def read_groups(name: str, group: str, column: str) -> dict[str, frozenset[str]]:
    """The values of ``column`` of a table of ``models/``, grouped by the value of ``group``
    ("kind" -> its words): the lists several rule modules keep in one file."""
    groups: dict[str, set[str]] = {}
    for key, value in read_fields(name, group, column):
        groups.setdefault(key, set()).add(value)
    return {key: frozenset(values) for key, values in groups.items()}


def _body(name: str) -> tuple[str, str]:
    """The line of a table of ``models/`` that names its columns, and the text after it (the
    rows, with any comments or blank lines among them), without its last newline."""
    text = _text(name)
    start = 0  # past the header and the line naming the columns
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start = text[start:end], end + 1
        if line and not line.startswith("#"):
            return line, text[start:].removesuffix("\n")
    return "", ""


def _text(name: str) -> str:
    """The whole text of a file of ``models/``, newlines as ``\\n`` whatever the file uses."""
    with (models_dir() / name).open(encoding="utf-8") as stream:
        return stream.read()


@lru_cache(maxsize=1)
def person_nouns() -> tuple[tuple[str, ...], ...]:
    """The (lemma, proper) rows of models/person_nouns.tsv (WordNet 3.0's kinds of person),
    read once per process for every layer that asks whether a noun names a person."""
    return tuple(read_fields("person_nouns.tsv", "lemma", "proper"))


@lru_cache(maxsize=1)
def person_noun_lemmas() -> frozenset[str]:
    """The lemmas of :func:`person_nouns`, as one set shared by every reader."""
    return frozenset(lemma for lemma, _ in person_nouns())

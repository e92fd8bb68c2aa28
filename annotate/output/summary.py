"""Summaries of an events table: counts and mean intensity per period, dyad and PLOVER type.

:func:`summarise` runs one DuckDB ``GROUP BY`` over the ``.parquet`` or ``.csv`` file written
by :mod:`annotate.output.events` (DuckDB reads both directly and in parallel, without loading
the file into Python); :func:`write_summary_csv` writes the result and :func:`summary_table`
makes the rich table the CLI prints. DuckDB is the ``annotate[events]`` extra, imported only here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import AnnotateError, UsageError
from .events import COLUMNS, EXTRA_HINT, SUFFIXES

PERIODS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}
_DUCK_TYPES = {"string": "VARCHAR", "date": "DATE", "float": "DOUBLE", "bool": "BOOLEAN",
               "int": "INTEGER"}


@dataclass
class Summary:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    events: int  # rows in the table


def _source(path: Path) -> str:
    """The DuckDB table function that reads ``path`` with the events schema."""
    if path.suffix.lower() == ".parquet":
        return "read_parquet(?)"
    columns = ", ".join(f"'{name}': '{_DUCK_TYPES[kind]}'" for name, kind in COLUMNS)
    return f"read_csv(?, header = true, columns = {{{columns}}})"


def summarise(path: Path, by: str | None = "month", dyad: bool = False,
              plover_type: bool = False) -> Summary:
    """Count the events of ``path`` and average their intensity, grouped by period of
    ``event_date`` (``by``: day, week, month, year, or None for no period), by dyad (actor
    country, target country) and by PLOVER type; groups in sorted order, missing values last."""
    if by is not None and by not in PERIODS:
        raise UsageError(errors.BAD_OUTPUT, f"--by {by}: choose one of {', '.join(PERIODS)}")
    if path.suffix.lower() not in SUFFIXES:
        raise UsageError(errors.EVENTS_UNREADABLE, f"{path}: not an events table "
                                                   "(.parquet or .csv)")
    if not path.is_file():
        raise UsageError(errors.INPUT_MISSING, f"{path}: no such file")
    try:
        import duckdb
    except ImportError:
        raise UsageError(errors.EXTRA_MISSING,
                         f"summarise needs the events extra: {EXTRA_HINT}") from None
    keys: list[tuple[str, str]] = []  # (column name, SQL expression)
    if by is not None:
        keys.append((by, f"strftime(event_date, '{PERIODS[by]}')"))
    if dyad:
        keys += [("actor_country", "actor_country"), ("target_country", "target_country")]
    if plover_type:
        keys.append(("plover_type", "plover_type"))
    selected = ", ".join(f"{expression} AS {name}" for name, expression in keys)
    group = f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))} " if keys else ""
    order = (f"ORDER BY {', '.join(f'{i + 1} NULLS LAST' for i in range(len(keys)))}"
             if keys else "")
    query = (f"SELECT {selected + ', ' if selected else ''}count(*) AS events, "
             f"avg(intensity) AS mean_intensity FROM {_source(path)} {group}{order}")
    connection = duckdb.connect()
    try:
        rows = connection.execute(query, [str(path)]).fetchall()
        total = connection.execute(f"SELECT count(*) FROM {_source(path)}",
                                   [str(path)]).fetchone()[0]
    except duckdb.Error as error:
        first = str(error).strip().splitlines()[0]
        raise AnnotateError(errors.EVENTS_UNREADABLE,
                            f"{path}: cannot read as an events table ({first})") from None
    finally:
        connection.close()
    return Summary([name for name, _ in keys] + ["events", "mean_intensity"], rows, total)


def write_summary_csv(summary: Summary, path: Path) -> None:
    """Write the summary as CSV (a missing value is an empty field)."""
    try:
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(summary.columns)
            for row in summary.rows:
                writer.writerow(["" if value is None else value for value in row])
    except OSError as error:
        raise UsageError(errors.BAD_OUTPUT, f"{path}: cannot write ({error.strerror})") from None


def summary_table(summary: Summary, title: str) -> Any:
    """The summary as a rich table (a missing value shows as "-")."""
    from rich.table import Table

    table = Table(title=title, box=None, header_style="bold")
    for name in summary.columns:
        table.add_column(name, justify="right" if name in ("events", "mean_intensity") else "left")
    for row in summary.rows:
        table.add_row(*("-" if value is None else
                        f"{value:.3f}" if isinstance(value, float) else str(value)
                        for value in row))
    return table

"""The events table: one row per action of the ``annotate/1`` records, as CSV or Parquet.

:func:`record_rows` turns one record into rows (a plain function of the record, so a table can
always be rebuilt from the JSONL); :data:`COLUMNS` is the schema, with real types (dates as
``datetime.date``, intensity as float, booleans as booleans); :func:`open_events_writer` streams
rows to a ``.csv`` or ``.parquet`` file (Parquet through ``pyarrow``, the ``annotate[events]``
extra, imported only when a Parquet file is written or read); :func:`read_events` reads either
back with the same types. The intensity is the Goldstein-scale weight of the CAMEO code, from
``models/goldstein.tsv`` (see its header for the source and how codes it lacks are filled).
"""

from __future__ import annotations

import csv
import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from .. import errors
from ..errors import UsageError

# (name, type): the order of the file's columns; types are string, date, float, bool, int.
COLUMNS: list[tuple[str, str]] = [
    ("event_id", "string"), ("story_id", "string"), ("source", "string"),
    ("story_date", "date"), ("event_date", "date"), ("event_date_precision", "string"),
    ("plover_type", "string"), ("plover_mode", "string"), ("cameo", "string"),
    ("cameo_root", "string"), ("quad", "string"), ("intensity", "float"),
    ("actor_text", "string"), ("actor_country", "string"), ("actor_person", "string"),
    ("actor_title", "string"),
    ("target_text", "string"), ("target_country", "string"), ("target_person", "string"),
    ("target_title", "string"),
    ("location_text", "string"), ("location_country", "string"),
    ("modality", "string"), ("negated", "bool"), ("sentence", "string"),
    ("trigger", "string"), ("trigger_start", "int"), ("trigger_end", "int"),
]
NAMES = [name for name, _ in COLUMNS]
SUFFIXES = (".csv", ".parquet")
PARQUET_ROW_GROUP = 50_000
EXTRA_HINT = "pip install 'annotate[events]'"


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO code -> Goldstein weight, as published (``models/goldstein.tsv``)."""
    from ..resources import read_table

    return {row["cameo"]: float(row["goldstein"]) for row in read_table("goldstein.tsv")}


def intensity(cameo: str | None) -> float | None:
    """The Goldstein weight of a CAMEO code; a code the table lacks takes its nearest listed
    parent's (1952 -> 195, 176 -> 17); None for no code."""
    table = goldstein_table()
    code = cameo or ""
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return None


# TIMEX3 values that name a stretch of the calendar, and the precision each gives.
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")  # "199" (TIMEX3), or "199X" as written before
_CENTURY = re.compile(r"^(\d\d)(?:XX)?$")  # "19" (TIMEX3, as the dates layer writes), or "19XX"
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def calendar_date(value: str | None) -> tuple[date, str] | None:
    """The first day a TIMEX3 value names and its precision (day, week, month, quarter, half,
    season, year, decade, century); None for values not on the calendar (PRESENT_REF, P3D)."""
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            return date(*map(int, match.groups())), "day"
        if match := _WEEK.match(value):
            return date.fromisocalendar(int(match[1]), int(match[2]), 1), "week"
        if match := _MONTH.match(value):
            return date(int(match[1]), int(match[2]), 1), "month"
        if match := _QUARTER.match(value):
            return date(int(match[1]), 3 * int(match[2]) - 2, 1), "quarter"
        if match := _HALF.match(value):
            return date(int(match[1]), 6 * int(match[2]) - 5, 1), "half"
        if match := _SEASON.match(value):
            return date(int(match[1]), _SEASON_MONTH[match[2]], 1), "season"
        if match := _YEAR.match(value):
            return date(int(match[1]), 1, 1), "year"
        if match := _DECADE.match(value):
            return date(int(match[1]) * 10, 1, 1), "decade"
        if match := _CENTURY.match(value):
            return date(int(match[1]) * 100, 1, 1), "century"
    except ValueError:  # "2026-02-30", week 54: not a real date
        return None
    return None


def _party(party: dict[str, Any] | None, people: dict[str, dict[str, Any]],
           prefix: str) -> dict[str, Any]:
    party = party or {}
    person = people.get(party.get("person") or "", {})
    return {f"{prefix}_text": party.get("text") or None,
            f"{prefix}_country": party.get("country") or None,
            f"{prefix}_person": person.get("name") or None,
            f"{prefix}_title": person.get("title") or None}


def record_rows(record: dict[str, Any], include_negated: bool = False,
                story_id: str | None = None) -> list[dict[str, Any]]:
    """One row per action of ``record`` (negated ones only with ``include_negated``).

    ``story_id`` overrides the record's id in ``event_id`` and ``story_id`` (the writer uses it
    to keep ids unique when two input stories share one).
    """
    story_id = story_id or record["id"]
    reference = record.get("reference_date")
    story_date = date.fromisoformat(reference) if reference else None
    dates = {item["id"]: item for item in record.get("dates") or []}
    people = {item["id"]: item for item in record.get("people") or []}
    text = record.get("text") or ""
    rows = []
    for action in record.get("actions") or []:
        if action.get("negated") and not include_negated:
            continue
        resolved = calendar_date((dates.get(action.get("date") or "") or {}).get("value"))
        if resolved is None and story_date is not None:
            resolved = story_date, "day"
        cameo = action.get("cameo") or None
        location = action.get("location") or {}
        sentence = action.get("sentence")
        row = {
            "event_id": f"{story_id}:{action['id']}", "story_id": story_id,
            "source": record.get("source"), "story_date": story_date,
            "event_date": resolved[0] if resolved else None,
            "event_date_precision": resolved[1] if resolved else None,
            "plover_type": action.get("plover") or None, "plover_mode": action.get("mode") or None,
            "cameo": cameo, "cameo_root": cameo[:2] if cameo else None,
            "quad": action.get("quad") or None, "intensity": intensity(cameo),
            **_party(action.get("actor"), people, "actor"),
            **_party(action.get("target"), people, "target"),
            "location_text": location.get("text") or None,
            "location_country": location.get("country") or None,
            "modality": action.get("modality") or None, "negated": bool(action.get("negated")),
            "sentence": (text[sentence["start"]:sentence["end"]].strip() or None)
            if sentence else None,
            "trigger": action.get("trigger") or None,
            "trigger_start": action.get("start"), "trigger_end": action.get("end"),
        }
        rows.append(row)
    return rows


def check_events_path(path: Path) -> None:
    """Refuse an events file name the writers cannot write (usage error)."""
    if path.suffix.lower() not in SUFFIXES:
        raise UsageError(errors.BAD_OUTPUT, f"{path}: --events names a .parquet or .csv file")
    if not path.parent.is_dir():
        raise UsageError(errors.BAD_OUTPUT, f"{path}: no folder {path.parent} to write it in")
    if path.suffix.lower() == ".parquet":
        require_pyarrow()


def require_pyarrow() -> Any:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet
    except ImportError:
        raise UsageError(errors.EXTRA_MISSING, "Parquet needs the events extra: "
                                               f"{EXTRA_HINT} (or name a .csv file)") from None
    return pyarrow


def arrow_schema() -> Any:
    pa = require_pyarrow()
    kinds = {"string": pa.string(), "date": pa.date32(), "float": pa.float64(),
             "bool": pa.bool_(), "int": pa.int32()}
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS])


class EventsWriter:
    """Streams rows to ``path`` (.csv or .parquet) in the order they come. The file is written
    under a temporary name beside it and renamed on :meth:`close`, so a reader never sees half
    a table; Parquet goes out in row groups of :data:`PARQUET_ROW_GROUP` rows."""

    def __init__(self, path: Path, include_negated: bool = False) -> None:
        check_events_path(path)
        self.path = path
        self.include_negated = include_negated
        self.parquet = path.suffix.lower() == ".parquet"
        self.rows = 0
        self.seen: dict[str, int] = {}
        self.pending: list[dict[str, Any]] = []
        self.temporary = path.with_name(f".{path.name}.part")
        try:
            if self.parquet:
                import pyarrow.parquet as pq

                self.schema = arrow_schema()
                self.sink = pq.ParquetWriter(str(self.temporary), self.schema)
            else:
                self.stream = self.temporary.open("w", encoding="utf-8", newline="")
                self.csv = csv.writer(self.stream)
                self.csv.writerow(NAMES)
        except OSError as error:
            raise UsageError(errors.BAD_OUTPUT,
                             f"{path}: cannot write ({error.strerror})") from None

    def write_record(self, record: dict[str, Any]) -> int:
        """Write the rows of one record; return how many. A story id seen before in this
        file gets ``~2``, ``~3`` ... in its rows, so ``event_id`` stays unique."""
        count = self.seen.get(record["id"], 0) + 1
        self.seen[record["id"]] = count
        story_id = record["id"] if count == 1 else f"{record['id']}~{count}"
        rows = record_rows(record, self.include_negated, story_id)
        self.write_rows(rows)
        return len(rows)

    def write_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.rows += 1
            if self.parquet:
                self.pending.append(row)
            else:
                self.csv.writerow([_csv_value(row[name]) for name in NAMES])
        if self.parquet and len(self.pending) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            import pyarrow as pa

            self.sink.write_table(pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        """Finish the file and give it its name (also after an interruption: every row
        written so far is kept)."""
        if self.parquet:
            self._flush()
            self.sink.close()
        else:
            self.stream.close()
        os.replace(self.temporary, self.path)


def open_events_writer(path: Path, include_negated: bool = False) -> EventsWriter:
    return EventsWriter(path, include_negated)


def write_events(records: Iterable[dict[str, Any]], path: Path,
                 include_negated: bool = False) -> int:
    """Write the events of ``records`` to ``path``; return the number of rows."""
    writer = EventsWriter(path, include_negated)
    try:
        for record in records:
            writer.write_record(record)
    finally:
        writer.close()
    return writer.rows


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return value


_PARSERS = {"string": str, "date": date.fromisoformat, "float": float,
            "bool": lambda value: value == "true", "int": int}


def read_events(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of an events file (.csv or .parquet), with the same Python types either way."""
    if path.suffix.lower() == ".parquet":
        require_pyarrow()
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(str(path)).iter_batches():
            yield from batch.to_pylist()
        return
    kinds = dict(COLUMNS)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            yield {name: (_PARSERS[kinds[name]](value) if value != "" else None)
                   for name, value in row.items()}


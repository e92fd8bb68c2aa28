"""The events table of ``annotate batch --events``: one row per action, typed, in input order."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.output.events import (
    NAMES,
    calendar_date,
    intensity,
    read_events,
    record_rows,
    write_events,
)
from annotate.resources import read_table
from annotate.running.runinfo import sidecar

from ..conftest import ROOT

STORIES = {
    "a.txt": "MADRID (AP) — Spain expelled two Venezuelan diplomats on Monday, Foreign Minister "
             "Lucía Ferrer said.\n\nVenezuela did not recall its ambassador from Madrid, and "
             "officials in Caracas said they would hold talks with Spain next week.\n",
    "b.txt": "Kenya and Tanzania signed a trade agreement in Nairobi on Friday.\n\n"
             "Uganda condemned the deal last month.\n",
    "c.txt": "\x00\x01\x02 not a story",  # binary: fails, writes no rows
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def batch(folder: Path, target: Path, *options: str) -> object:
    return CliRunner().invoke(app, ["batch", str(folder), "-o", str(target), "-q",
                                    "--date", "2026-05-06", *options])


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_action_has_exactly_one_row(folder: Path, tmp_path: Path) -> None:
    result = batch(folder, tmp_path / "out.jsonl", "--events", str(tmp_path / "ev.csv"))
    assert result.exit_code == 1  # c.txt failed
    assert result.stdout == ""
    assert "c.txt" in result.stderr and result.stderr.count("\n") == 1
    records = jsonl(tmp_path / "out.jsonl")
    rows = list(read_events(tmp_path / "ev.csv"))
    expected = [f"{r['id']}:{a['id']}" for r in records for a in r["actions"] if not a["negated"]]
    assert [row["event_id"] for row in rows] == expected  # input order, no failed story
    assert any(a["negated"] for r in records for a in r["actions"])
    assert not any(row["negated"] for row in rows)


def test_events_all_keeps_negated_actions(folder: Path, tmp_path: Path) -> None:
    result = batch(folder, tmp_path / "out.jsonl", "--events", str(tmp_path / "ev.csv"),
                   "--events-all")
    assert result.exit_code == 1
    records = jsonl(tmp_path / "out.jsonl")
    rows = list(read_events(tmp_path / "ev.csv"))
    assert [row["event_id"] for row in rows] == [
        f"{r['id']}:{a['id']}" for r in records for a in r["actions"]]
    assert len({row["event_id"] for row in rows}) == len(rows)
    assert [row["negated"] for row in rows] == [a["negated"] for r in records
                                                for a in r["actions"]]


def test_csv_and_parquet_hold_the_same_typed_rows(folder: Path, tmp_path: Path) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    batch(folder, tmp_path / "one.jsonl", "--events", str(tmp_path / "ev.csv"), "--events-all")
    batch(folder, tmp_path / "two.jsonl", "--events", str(tmp_path / "ev.parquet"),
          "--events-all")
    from_csv = list(read_events(tmp_path / "ev.csv"))
    from_parquet = list(read_events(tmp_path / "ev.parquet"))
    assert from_csv == from_parquet and len(from_csv) >= 5
    schema = pyarrow.parquet.read_schema(tmp_path / "ev.parquet")
    assert schema.names == NAMES
    assert str(schema.field("event_date").type) == "date32[day]"
    assert str(schema.field("intensity").type) == "double"
    assert str(schema.field("negated").type) == "bool"
    row = from_parquet[0]
    assert isinstance(row["event_date"], date) and isinstance(row["intensity"], float)
    assert row["sentence"].startswith("Spain expelled two Venezuelan diplomats on Monday")
    assert (row["event_date"], row["event_date_precision"]) == (date(2026, 5, 4), "day")


def test_a_bad_events_name_is_refused_before_anything_is_written(folder: Path,
                                                                 tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("kept\n")
    result = batch(folder, target, "--events", str(tmp_path / "ev.xlsx"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and ".parquet or .csv" in result.stderr
    nowhere = batch(folder, target, "--events", str(tmp_path / "no" / "ev.csv"))
    assert nowhere.exit_code == 2 and "no folder" in nowhere.stderr
    assert target.read_text() == "kept\n"


def test_parquet_without_pyarrow_names_the_extra(folder: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = batch(folder, tmp_path / "out.jsonl", "--events", str(tmp_path / "ev.parquet"))
    assert result.exit_code == 2 and result.stdout == ""
    assert "pip install 'annotate[events]'" in result.stderr and result.stderr.count("\n") == 1


def test_resume_rebuilds_the_table_from_the_jsonl(folder: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl"
    batch(folder, full, "--events", str(tmp_path / "full.csv"))
    target, events = tmp_path / "out.jsonl", tmp_path / "ev.csv"
    lines = full.read_bytes().splitlines(keepends=True)
    target.write_bytes(lines[0] + lines[1][:40])  # one story done, one torn
    sidecar(target).write_bytes(sidecar(full).read_bytes())  # the killed run's options
    events.write_text("left over from a killed run\n")
    result = batch(folder, target, "--events", str(events), "--resume")
    assert result.exit_code == 1  # c.txt still fails
    assert target.read_bytes() == full.read_bytes()
    assert events.read_bytes() == (tmp_path / "full.csv").read_bytes()


def test_resume_with_events_into_a_folder_is_refused(folder: Path, tmp_path: Path) -> None:
    result = batch(folder, tmp_path / "out", "--events", str(tmp_path / "ev.csv"), "--resume")
    assert result.exit_code == 2 and "--resume with --events" in result.stderr


def test_dask_engine_writes_the_same_events(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    samples = str(ROOT / "samples")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "annotate", "batch", samples, "-q", *args],
                              capture_output=True, text=True, timeout=600)

    assert run("-o", str(tmp_path / "l.jsonl"), "--events", str(tmp_path / "l.csv")).returncode == 0
    result = run("-o", str(tmp_path / "d.jsonl"), "--events", str(tmp_path / "d.csv"),
                 "--engine", "dask", "--workers", "2", "--batch-size", "3")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d.csv").read_bytes() == (tmp_path / "l.csv").read_bytes()


# Values of the published table (GDELT's CAMEO.goldsteinscale.txt), across the roots.
@pytest.mark.parametrize("code, weight", [
    ("010", 0.0), ("013", 0.4), ("016", -2.0), ("0214", 3.4), ("024", -0.3), ("0334", 6.0),
    ("036", 4.0), ("042", 1.9), ("046", 7.0), ("057", 8.0), ("072", 8.3), ("074", 8.5),
    ("0874", 10.0), ("094", -2.0), ("1056", -5.0), ("112", -2.0), ("125", -5.0),
    ("130", -4.4), ("1312", -5.8), ("145", -7.5), ("154", -7.2), ("163", -8.0), ("171", -9.2),
    ("182", -9.5), ("1821", -9.0), ("1823", -10.0), ("191", -9.5), ("2042", -10.0)])
def test_intensity_is_the_published_weight(code: str, weight: float) -> None:
    assert intensity(code) == weight


def test_codes_the_table_lacks_take_their_parent_weight() -> None:
    assert intensity("1952") == intensity("195") == -10.0
    assert intensity("176") == intensity("17") == -7.0
    assert intensity(None) is None and intensity("-") is None
    emitted = {row[column] for row in read_table("actions.tsv")
               for column in ("cameo", "future_cameo")} - {"", "-"}
    assert all(-10 <= intensity(code) <= 10 for code in emitted)


@pytest.mark.parametrize("value, expected", [
    ("2026-03-02", (date(2026, 3, 2), "day")), ("2026-03-03TEV", (date(2026, 3, 3), "day")),
    ("2026-W10", (date(2026, 3, 2), "week")), ("2026-04", (date(2026, 4, 1), "month")),
    ("2026-Q2", (date(2026, 4, 1), "quarter")), ("2026-SU", (date(2026, 6, 1), "season")),
    ("2026", (date(2026, 1, 1), "year")), ("199", (date(1990, 1, 1), "decade")),
    ("199X", (date(1990, 1, 1), "decade")), ("19", (date(1900, 1, 1), "century")),
    ("19XX", (date(1900, 1, 1), "century")),
    ("PRESENT_REF", None), ("P2D", None), (None, None), ("2026-02-30", None)])
def test_calendar_date_of_timex_values(value: str | None, expected: object) -> None:
    assert calendar_date(value) == expected


def test_record_rows_by_hand() -> None:
    record = {
        "id": "s1", "source": "s1.txt", "reference_date": "2026-03-04", "text": "X. Hale met Orlov.",
        "people": [{"id": "P1", "name": "Anna Hale", "title": "Secretary of State",
                    "affiliation": "USA"}],
        "dates": [{"id": "D1", "value": "PRESENT_REF"}],
        "actions": [{"id": "A1", "start": 8, "end": 11, "trigger": "met", "plover": "CONSULT",
                     "mode": None, "cameo": "036", "quad": "verbal cooperation",
                     "actor": {"text": "Hale", "start": 3, "end": 7, "country": "USA",
                               "person": "P1"},
                     "target": None, "date": "D1",
                     "location": {"text": "Geneva", "start": 0, "end": 0, "country": "CHE"},
                     "sentence": {"start": 3, "end": 18}, "negated": False,
                     "modality": "asserted"}]}
    (row,) = record_rows(record)
    assert list(row) == NAMES
    assert row["event_date"] == row["story_date"] == date(2026, 3, 4)  # PRESENT_REF: the story's
    assert (row["actor_person"], row["actor_title"]) == ("Anna Hale", "Secretary of State")
    assert row["target_text"] is None and row["location_country"] == "CHE"
    assert (row["sentence"], row["cameo_root"], row["intensity"]) == ("Hale met Orlov.", "03", 4.0)


def test_a_story_id_seen_twice_keeps_event_ids_unique(tmp_path: Path) -> None:
    record = {"id": "dup", "source": "x", "reference_date": None, "text": "", "people": [],
              "dates": [], "actions": [{"id": "A1", "cameo": "111", "negated": False}]}
    write_events([record, record], tmp_path / "ev.csv")
    rows = list(read_events(tmp_path / "ev.csv"))
    assert [row["event_id"] for row in rows] == ["dup:A1", "dup~2:A1"]
    assert rows[0]["event_date"] is None and rows[0]["intensity"] == -2.0

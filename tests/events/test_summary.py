"""``annotate events summarise``: DuckDB's counts against a count in plain Python."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.output.events import read_events, write_events

from ..benchmarks.events import generated_records

pytest.importorskip("duckdb")

from annotate.output.summary import PERIODS, summarise  # noqa: E402


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("pyarrow")
    folder = tmp_path_factory.mktemp("tables")
    write_events(generated_records(100_000), folder / "ev.parquet")
    write_events(generated_records(100_000), folder / "ev.csv")
    return folder / "ev.parquet", folder / "ev.csv"


def period(day: date | None, by: str) -> str | None:
    return None if day is None else day.strftime(PERIODS[by])


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_counts_equal_a_plain_python_count(tables: tuple[Path, Path], by: str) -> None:
    parquet, csv_file = tables
    rows = list(read_events(parquet))
    assert len(rows) == 100_000
    counts: Counter = Counter()
    weights: dict = defaultdict(list)
    for row in rows:
        key = (period(row["event_date"], by), row["actor_country"], row["target_country"],
               row["plover_type"])
        counts[key] += 1
        if row["intensity"] is not None:
            weights[key].append(row["intensity"])
    for path in (parquet, csv_file):
        summary = summarise(path, by=by, dyad=True, plover_type=True)
        assert summary.events == 100_000
        got = {tuple(row[:4]): row[4] for row in summary.rows}
        assert got == dict(counts)
        for row in summary.rows:
            values = weights[tuple(row[:4])]
            expected = sum(values) / len(values) if values else None
            assert row[5] == (None if expected is None else pytest.approx(expected, rel=1e-9))


def test_no_grouping_counts_everything(tables: tuple[Path, Path]) -> None:
    summary = summarise(tables[1], by=None)
    assert summary.columns == ["events", "mean_intensity"]
    assert summary.rows[0][0] == 100_000


def test_cli_prints_a_table_and_writes_csv(tables: tuple[Path, Path], tmp_path: Path) -> None:
    target = tmp_path / "summary.csv"
    result = CliRunner().invoke(app, ["events", "summarise", str(tables[0]), "--by", "year",
                                      "--type", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "100000 events" in result.stdout and "mean_intensity" in result.stdout
    lines = target.read_text().splitlines()
    assert lines[0] == "year,plover_type,events,mean_intensity"
    assert sum(int(line.split(",")[2]) for line in lines[1:]) == 100_000


def test_cli_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["events", "summarise", str(tmp_path / "nope.parquet")])
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    (tmp_path / "bad.csv").write_text("not,an,events\ntable,at,all\n")
    bad = runner.invoke(app, ["events", "summarise", str(tmp_path / "bad.csv")])
    assert bad.exit_code == 1 and bad.stderr.count("\n") == 1 and "E070" in bad.stderr
    usage = runner.invoke(app, ["events", "summarise", str(tmp_path / "bad.csv"), "--by", "hour"])
    assert usage.exit_code == 2
    monkeypatch.setitem(sys.modules, "duckdb", None)
    extra = runner.invoke(app, ["events", "summarise", str(tmp_path / "bad.csv")])
    assert extra.exit_code == 2 and "pip install 'annotate[events]'" in extra.stderr
    assert extra.stderr.count("\n") == 1


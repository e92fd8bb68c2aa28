"""The README's events example (rows and summary) is what a real run over the samples gives."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app

from ..conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def after(marker: str) -> str:
    return README.split(f"<!-- events:{marker} -->\n", 1)[1]


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    (folder / "samples").symlink_to(ROOT / "samples")
    return folder


def run_in(folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> object:
    monkeypatch.chdir(folder)
    return CliRunner(env={"COLUMNS": "100"}).invoke(app, list(args))


def test_readme_rows_are_rows_of_the_table(events: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_in(events, monkeypatch, "batch", "samples", "-o", "annotations.jsonl",
                    "--events", "events.csv", "-q")
    assert result.exit_code == 0, result.stderr
    table = {row["event_id"]: row for row in csv.DictReader((events / "events.csv").open())}
    text = after("rows")
    lines = text[:text.index("\n\n")].splitlines()  # the table right under the marker
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert len(lines) > 3
    for line in lines[2:]:
        shown = dict(zip(header, (cell.strip() for cell in line.strip("|").split("|"))))
        real = table[shown["event_id"]]
        assert {name: real[name] for name in header} == shown, f"README row out of date: {line}"


def test_readme_summary_is_printed_by_summarise(events: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("duckdb")
    if not (events / "events.csv").exists():
        run_in(events, monkeypatch, "batch", "samples", "-o", "annotations.jsonl",
               "--events", "events.csv", "-q")
    block = re.search(r"```text\n(.*?)```", after("summary"), flags=re.DOTALL).group(1)
    command, *expected = block.splitlines()
    words = command.removeprefix("$ annotate ").split()
    result = run_in(events, monkeypatch, *words)
    assert result.exit_code == 0, result.stderr
    assert [line.strip() for line in result.stdout.splitlines()] == \
        [line.strip() for line in expected]

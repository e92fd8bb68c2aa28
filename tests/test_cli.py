"""The command line through typer.testing.CliRunner: stdout, stderr and exit code apart."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app

from .conftest import ROOT, SAMPLE_STORIES

SAMPLE = ROOT / "samples" / "01-diplomats-expelled.txt"
ESCAPE = "\x1b["


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": "100"})


def test_story_file_shows_the_view_without_escape_codes_when_not_a_terminal(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(SAMPLE)])
    assert result.exit_code == 0, result.stderr
    assert "Legend:" in result.stdout
    assert "People" in result.stdout and "Dates" in result.stdout and "Actions" in result.stdout
    assert ESCAPE not in result.stdout
    assert result.stderr == ""


def test_stdin_json_is_byte_clean_and_parses(runner: CliRunner) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    result = runner.invoke(app, ["--json"], input=text)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == "annotate/1"
    assert record["text"] == text and record["source"] == "-"
    assert result.stderr == ""


def test_dash_reads_standard_input(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--format", "jsonl"], input="Orlov met Hale on Monday.")
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["text"] == "Orlov met Hale on Monday."


def test_explicit_story_command_and_date(runner: CliRunner) -> None:
    result = runner.invoke(app, ["story", "-", "--json", "--date", "2026-03-04"],
                           input="The ministers met Monday.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["reference_date"] == "2026-03-04"
    assert record["dates"][0]["value"] == "2026-03-02"


def test_output_file_leaves_stdout_empty(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "story.json"
    result = runner.invoke(app, [str(SAMPLE), "--json", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == str(SAMPLE)


def test_missing_file_is_one_line_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, [str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_date_is_one_line_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--date", "March 4"], input="Text.")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "YYYY-MM-DD" in result.stderr and result.stderr.count("\n") == 1


def test_missing_model_is_one_line_error_naming_the_fix(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--model", "en_core_web_nonexistent"], input="Text.")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "pip install" in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(SAMPLE), "--frobnicate"])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_json_and_text_format_contradict(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(SAMPLE), "--json", "--format", "text"])
    assert result.exit_code == 2


def test_color_flag_forces_escape_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--color"], input="Orlov met Hale on Monday.")
    assert result.exit_code == 0
    assert ESCAPE in result.stdout


def test_force_color_environment_is_honoured(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-"], input="Orlov met Hale on Monday.", env={"FORCE_COLOR": "1"})
    assert ESCAPE in result.stdout


def test_no_color_flag_wins_over_force_color(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--no-color"], input="Orlov met Hale.",
                           env={"FORCE_COLOR": "1"})
    assert ESCAPE not in result.stdout


def test_story_brackets_are_not_taken_as_markup(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-"], input="The statement [bold]was[/bold] brief.")
    assert "[bold]was[/bold]" in result.stdout


def test_version_and_help(runner: CliRunner) -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout.startswith("annotate ")
    for command in ([], ["story"], ["batch"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.stdout
    assert "Examples" in runner.invoke(app, ["batch", "--help"]).stdout


def test_batch_folder_to_jsonl_keeps_input_order(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(ROOT / "samples"), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    samples = ROOT / "samples"
    assert [r["id"] for r in records] == [p.relative_to(samples).with_suffix("").as_posix()
                                          for p in SAMPLE_STORIES]
    assert f"annotated {len(SAMPLE_STORIES)} of {len(SAMPLE_STORIES)} stories" in result.stderr


def test_batch_skips_bad_files_reports_them_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("Russia expelled two Polish diplomats on Monday.")
    (source / "b.txt").write_bytes(b"\x89PNG\x00\x00\x00binary")
    (source / "c.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (source / "d.txt").write_text("France recalled its ambassador.")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(target)])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in target.read_text().splitlines()] == ["a", "c", "d"]
    assert "b.txt: binary data" in result.stderr and "c.txt" not in result.stderr
    assert "1 failed" in result.stderr


def test_batch_jsonl_archive_to_folder_mirrors_ids(runner: CliRunner, tmp_path: Path) -> None:
    archive = tmp_path / "wire.jsonl"
    archive.write_text(
        json.dumps({"id": "x-1", "text": "They met Monday.", "date": "2026-03-04"}) + "\n"
        + json.dumps({"id": "x-2", "text": "They will meet Monday."}) + "\n")
    target = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(archive), "-o", str(target), "--date", "2026-01-07"])
    assert result.exit_code == 0, result.stderr
    first = json.loads((target / "x-1.json").read_text())
    second = json.loads((target / "x-2.json").read_text())
    assert first["reference_date"] == "2026-03-04"  # the story's own date wins over --date
    assert second["reference_date"] == "2026-01-07"


def test_batch_without_output_writes_jsonl_to_stdout(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Orlov met Hale.")
    result = runner.invoke(app, ["batch", str(tmp_path), "--quiet"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "a"
    assert result.stderr == ""


def test_batch_missing_input_is_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_help_does_not_import_spacy() -> None:
    code = ("import sys\nfrom annotate.cli import app\nfrom typer.testing import CliRunner\n"
            "CliRunner().invoke(app, ['--help'])\nprint('spacy' in sys.modules)")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "False"


def test_svg_picture_of_the_view(runner: CliRunner, tmp_path: Path) -> None:
    picture = tmp_path / "view.svg"
    result = runner.invoke(app, ["-", "--svg", str(picture)], input="Orlov met Hale on Monday.")
    assert result.exit_code == 0
    assert picture.read_text(encoding="utf-8").startswith("<svg")
    assert "Legend:" in result.stdout


def test_empty_story_says_none_found(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-"], input="")
    assert result.exit_code == 0
    assert "People: none found" in result.stdout and "Actions: none found" in result.stdout


def test_batch_into_a_json_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(ROOT / "samples"), "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and ".jsonl" in result.stderr
    assert not (tmp_path / "x.json").exists()

"""Never lose a user's file: each data-loss case of the issue, reproduced, now refused or safe.

1. output = input archive; 2. two runs into one output; 3. --resume on a file that is not
ours; 4. folder output into the input folder (and a story file as its own output); 5. a
single-story output on a full disk; 6. --resume with different options.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.running.runinfo import sidecar

from .conftest import STORIES, fill, write_small_archive


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def one_error_line(stderr: str, code: str) -> str:
    """The single stderr line of a refused run, checked to carry ``code`` and no traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert f"[{code}]" in lines[0] and "Traceback" not in stderr
    return lines[0]


# 1. Output = input archive ------------------------------------------------------------------

def test_output_that_is_the_input_archive_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    archive = write_small_archive(tmp_path / "same.jsonl")
    before = archive.read_bytes()
    result = runner.invoke(app, ["batch", str(archive), "-o", str(archive)])
    assert result.exit_code == 2
    assert "is the input" in one_error_line(result.stderr, "E031")
    assert archive.read_bytes() == before and result.stdout == ""


def test_output_reached_by_another_path_is_the_input(runner: CliRunner, tmp_path: Path) -> None:
    archive = write_small_archive(tmp_path / "same.jsonl")
    (tmp_path / "link.jsonl").symlink_to(archive)
    before = archive.read_bytes()
    result = runner.invoke(app, ["batch", str(archive), "-o", str(tmp_path / "link.jsonl")])
    assert result.exit_code == 2
    one_error_line(result.stderr, "E031")
    assert archive.read_bytes() == before


# 2. Two runs into one output ----------------------------------------------------------------

def test_a_second_run_on_a_locked_output_fails_at_once(runner: CliRunner, small_archive: Path,
                                                      small_reference: bytes,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(small_reference)
    with target.open("rb") as held:  # what a running batch holds on its output
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        started = time.monotonic()
        result = runner.invoke(app, ["batch", str(small_archive), "-o", str(target)])
        elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert "another annotate run" in one_error_line(result.stderr, "E032")
    assert target.read_bytes() == small_reference  # not truncated by the refused run
    assert elapsed < 5, "it should fail at once, before any story is annotated"


def test_two_real_runs_into_one_output(tmp_path: Path) -> None:
    """The first run keeps its output whole; the second, started while the first writes,
    fails with one line."""
    archive = write_small_archive(tmp_path / "big.jsonl", copies=40)
    target = tmp_path / "out.jsonl"
    first = subprocess.Popen([sys.executable, "-m", "annotate", "batch", str(archive), "-o",
                              str(target), "-q", "--batch-size", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while first.poll() is None and time.monotonic() < deadline:
        if target.exists() and target.read_bytes().count(b"\n") >= 2:
            break
        time.sleep(0.05)
    second = subprocess.run([sys.executable, "-m", "annotate", "batch", str(archive), "-o",
                             str(target), "-q"], capture_output=True, text=True, timeout=300)
    _, first_stderr = first.communicate(timeout=600)
    assert first.returncode == 0, first_stderr
    assert second.returncode == 1
    one_error_line(second.stderr, "E032")
    lines = target.read_bytes().splitlines()
    assert len(lines) == 200  # every story once, none lost, none corrupt
    assert [json.loads(line)["id"] for line in lines] == [f"s{n:03d}" for n in range(200)]


# 3. --resume on a file that is not ours -----------------------------------------------------

@pytest.mark.parametrize("content", [
    b'{"name": "my notes"}\n{"name": "my last record, no newline"}',  # the user's JSONL
    b"just a text file without a final newline",
    b'{"schema":"annotate/1","id":"s000"}\nnot json at all\n',
], ids=["user-jsonl", "text", "bad-middle-line"])
def test_resume_refuses_a_file_that_is_not_ours_and_leaves_it(
        runner: CliRunner, small_archive: Path, tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "mine.jsonl"
    target.write_bytes(content)
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "--resume"])
    assert result.exit_code == 2
    assert "cannot resume" in one_error_line(result.stderr, "E034")
    assert target.read_bytes() == content


def test_resume_refuses_records_without_their_run_options(
        runner: CliRunner, small_archive: Path, small_reference: bytes, tmp_path: Path) -> None:
    target = tmp_path / "copied.jsonl"  # copied away from its run options
    target.write_bytes(small_reference[:small_reference.index(b"\n") + 1])
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "--resume"])
    assert result.exit_code == 2
    assert "no record of the options" in one_error_line(result.stderr, "E034")
    assert target.read_bytes() == small_reference[:small_reference.index(b"\n") + 1]


# 4. Folder output into the input folder; a story as its own output --------------------------

def story_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inout"
    folder.mkdir()
    for number, text in enumerate(STORIES[:3]):
        (folder / f"story{number}.json").write_text(json.dumps({"id": f"x{number}", "text": text}))
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("where", ["same", "inside", "jsonl-inside", "around"])
def test_output_inside_or_around_the_input_is_refused(runner: CliRunner, tmp_path: Path,
                                                      where: str) -> None:
    folder = story_folder(tmp_path)
    source, output = {"same": (folder, folder), "inside": (folder, folder / "out"),
                      "jsonl-inside": (folder, folder / "out.jsonl"),
                      "around": (folder / "story0.json", folder)}[where]
    before = snapshot(tmp_path)
    result = runner.invoke(app, ["batch", str(source), "-o", str(output)])
    assert result.exit_code == 2
    one_error_line(result.stderr, "E031")
    assert snapshot(tmp_path) == before


def test_events_table_inside_the_input_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    folder = story_folder(tmp_path)
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "out.jsonl"),
                                 "--events", str(folder / "events.csv")])
    assert result.exit_code == 2
    assert "--events" in one_error_line(result.stderr, "E031")
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("option", ["-o", "--svg"])
def test_a_story_is_not_its_own_output(runner: CliRunner, tmp_path: Path, option: str) -> None:
    story = tmp_path / "self.txt"
    story.write_text(STORIES[0] + "\n", encoding="utf-8")
    result = runner.invoke(app, [str(story), option, str(story)])
    assert result.exit_code == 2
    assert option in one_error_line(result.stderr, "E031")
    assert story.read_text(encoding="utf-8") == STORIES[0] + "\n"


def test_a_folder_of_someone_elses_files_is_not_written_into(runner: CliRunner,
                                                            small_archive: Path,
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "s000.json").write_text('{"mine": true}')
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(folder)])
    assert result.exit_code == 2
    one_error_line(result.stderr, "E030")
    assert (folder / "s000.json").read_text() == '{"mine": true}'


# 5. Atomic single-story output, and a full disk ---------------------------------------------

@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORIES[0] + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [["--json"], ["--format", "jsonl"], ["--format", "text"],
                                  ["--svg"]], ids=["json", "jsonl", "view", "svg"])
def test_full_disk_keeps_the_previous_output(runner: CliRunner, story: Path, small_disk: Path,
                                             args: list[str]) -> None:
    previous = small_disk / "story.out"
    previous.write_text("the previous output\n")
    command = [str(story), *args, str(previous)] if args == ["--svg"] else \
        [str(story), *args, "-o", str(previous)]
    fill(small_disk)
    result = runner.invoke(app, command)
    assert result.exit_code == 1
    line = one_error_line(result.stderr, "E033")
    assert "No space left on device" in line and "unchanged" in line
    assert previous.read_text() == "the previous output\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "story.out"]  # no .part


def test_dev_full_is_one_line(runner: CliRunner, story: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    result = runner.invoke(app, [str(story), "--json", "-o", "/dev/full"])
    assert result.exit_code == 1
    assert "No space left on device" in one_error_line(result.stderr, "E033")


def test_a_failed_write_leaves_no_trace(tmp_path: Path) -> None:
    """Without root (no tmpfs): an error part-way through the write replaces nothing."""
    import errno

    from annotate.errors import AnnotateError
    from annotate.output.files import atomic_output

    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(AnnotateError) as raised:
        with atomic_output(target) as stream:
            stream.write("half a rec")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert raised.value.code == "E033"
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_full_disk_in_a_batch_keeps_complete_lines_and_resumes(
        runner: CliRunner, small_archive: Path, small_reference: bytes, small_disk: Path) -> None:
    target = small_disk / "out.jsonl"
    filler = fill(small_disk, leave=16 * 1024)  # room for a few records, not twenty
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "-q"])
    assert result.exit_code == 1
    assert "--resume" in one_error_line(result.stderr, "E033")
    written = target.read_bytes()
    assert small_reference.startswith(written)  # complete lines, then at most a torn one
    filler.unlink()
    resumed = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "--resume",
                                  "-q"])
    assert resumed.exit_code == 0, resumed.stderr
    assert target.read_bytes() == small_reference


def test_full_disk_in_a_folder_batch_leaves_no_part_file(
        runner: CliRunner, small_archive: Path, small_disk: Path) -> None:
    target = small_disk / "out"
    fill(small_disk, leave=16 * 1024)
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "-q"])
    assert result.exit_code == 1
    one_error_line(result.stderr, "E033")
    assert not [p for p in target.rglob("*.part")]
    for record in target.glob("*.json"):
        json.loads(record.read_text(encoding="utf-8"))  # every file written is whole


# 6. --resume with different options ---------------------------------------------------------

@pytest.mark.parametrize("option,named", [
    (["--date", "2026-03-04"], "--date"),
    (["--keep-raw"], "--keep-raw"),
    (["--format-in", "text"], "--format-in"),
    (["--model", "en_core_web_md"], "--model"),
], ids=["date", "keep-raw", "format-in", "model"])
@pytest.mark.parametrize("kind", ["jsonl", "folder"])
def test_resume_with_other_options_is_refused(runner: CliRunner, small_archive: Path,
                                              small_reference: bytes, tmp_path: Path,
                                              option: list[str], named: str, kind: str) -> None:
    lines = small_reference.splitlines(keepends=True)
    if kind == "jsonl":
        target = tmp_path / "out.jsonl"
        target.write_bytes(b"".join(lines[:3]))
        sidecar(target).write_bytes(sidecar(small_archive.parent / "reference.jsonl").read_bytes())
    else:
        target = tmp_path / "out"
        target.mkdir()
        (target / "s000.json").write_bytes(lines[0])
        sidecar(target).write_bytes(sidecar(small_archive.parent / "reference.jsonl").read_bytes())
    before = snapshot(tmp_path)
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "--resume",
                                 *option])
    assert result.exit_code == 2
    line = one_error_line(result.stderr, "E034")
    assert f"made with {named}" in line and f"this run has {named}" in line
    assert snapshot(tmp_path) == before


def test_resume_with_the_same_options_goes_on(runner: CliRunner, small_archive: Path,
                                              small_reference: bytes, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "-q",
                                "--date", "2026-03-04"])
    assert first.exit_code == 0
    kept = target.read_bytes().splitlines(keepends=True)
    target.write_bytes(b"".join(kept[:7]))
    resumed = runner.invoke(app, ["batch", str(small_archive), "-o", str(target), "--resume",
                                  "--date", "2026-03-04"])
    assert resumed.exit_code == 0, resumed.stderr
    assert "(7 already done)" in resumed.stderr
    assert target.read_bytes() == b"".join(kept)


def test_full_disk_under_the_events_table(runner: CliRunner, small_archive: Path,
                                          small_disk: Path, tmp_path: Path) -> None:
    events = small_disk / "events.csv"
    events.write_text("the previous table\n")
    fill(small_disk)
    result = runner.invoke(app, ["batch", str(small_archive), "-o", str(tmp_path / "out.jsonl"),
                                 "--events", str(events), "-q"])
    assert result.exit_code == 1
    assert "events.csv" in one_error_line(result.stderr, "E033")
    assert events.read_text() == "the previous table\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["events.csv", "filler"]


def test_read_only_output_is_one_line(runner: CliRunner, story: Path, small_archive: Path,
                                      small_disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for command in ([str(story), "--json", "-o", str(small_disk / "story.json")],
                    [str(story), "--svg", str(small_disk / "story.svg")],
                    ["batch", str(small_archive), "-o", str(small_disk / "out.jsonl")],
                    ["batch", str(small_archive), "-o", str(small_disk / "out")]):
        result = runner.invoke(app, command)
        assert result.exit_code in (1, 2), command
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Read-only file system" in lines[0], result.stderr
    assert list(small_disk.iterdir()) == []

"""Batch at scale: workers keep order, interrupted runs resume to the same bytes, Dask agrees."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.running.runinfo import sidecar

from ..conftest import ROOT, SAMPLE_STORIES, SAMPLES


def write_archive(path: Path, copies: int) -> Path:
    """A JSONL archive of varied stories: sample paragraphs in changing combinations."""
    paragraphs = [p.strip() for sample in SAMPLES for p in
                  sample.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 20]
    with path.open("w", encoding="utf-8") as stream:
        for number in range(copies):
            chosen = [paragraphs[(number * 7 + k * 3) % len(paragraphs)] for k in range(4)]
            story = {"id": f"story-{number:04d}", "text": "\n\n".join(chosen),
                     "date": f"2026-03-{1 + number % 28:02d}"}
            stream.write(json.dumps(story) + "\n")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "annotate", *args], capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(tmp_path_factory.mktemp("archive") / "wire.jsonl", 120)


@pytest.fixture(scope="module")
def reference(archive: Path) -> bytes:
    """The output of one uninterrupted single-process run."""
    target = archive.parent / "reference.jsonl"
    result = run("batch", str(archive), "-o", str(target), "-q")
    assert result.returncode == 0, result.stderr
    return target.read_bytes()


def test_killed_run_resumes_to_the_same_bytes(archive: Path, reference: bytes,
                                              tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "annotate", "batch", str(archive), "-o",
                                str(target), "-q", "--batch-size", "4"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if target.exists() and target.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = target.read_bytes()
    assert 0 < partial.count(b"\n") < reference.count(b"\n"), "the kill came too late to test"
    assert reference.startswith(partial[:partial.rfind(b"\n") + 1])
    resumed = run("batch", str(archive), "-o", str(target), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "already done" in resumed.stderr
    assert target.read_bytes() == reference


def copy_run_options(archive: Path, target: Path) -> None:
    """The reference run's record of its options, beside a copy of (part of) its output."""
    shutil.copy(sidecar(archive.parent / "reference.jsonl"), sidecar(target))


def test_torn_last_line_is_dropped_on_resume(archive: Path, reference: bytes,
                                             tmp_path: Path) -> None:
    lines = reference.splitlines(keepends=True)
    target = tmp_path / "out.jsonl"
    copy_run_options(archive, target)
    target.write_bytes(b"".join(lines[:50]) + lines[50][:100])  # a line cut mid-way
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(target), "--resume", "-q"])
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == reference


def test_resume_of_a_finished_run_changes_nothing(archive: Path, reference: bytes,
                                                  tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(reference)
    copy_run_options(archive, target)
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(target), "--resume"])
    assert result.exit_code == 0
    assert "annotated 0 of 0 stories (120 already done)" in result.stderr
    assert target.read_bytes() == reference


def test_interrupt_says_how_to_continue(archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    # A shell's background job inherits SIGINT ignored; a terminal user's Ctrl-C is not.
    process = subprocess.Popen([sys.executable, "-m", "annotate", "batch", str(archive), "-o",
                                str(target), "-q", "--batch-size", "4"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while process.poll() is None and not (target.exists() and target.read_bytes().count(b"\n") >= 4):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "--resume" in stderr and "Traceback" not in stderr
    assert target.read_bytes().endswith(b"\n")


def test_resume_into_a_folder_skips_written_stories(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ("a", "b", "c"):
        (source / f"{name}.txt").write_text(f"France recalled ambassador {name}.")
    target = tmp_path / "out"
    assert CliRunner().invoke(app, ["batch", str(source), "-o", str(target), "-q"]).exit_code == 0
    (target / "b.json").unlink()
    before = (target / "a.json").stat().st_mtime_ns
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(target), "--resume"])
    assert "annotated 1 of 1 stories (2 already done)" in result.stderr
    assert (target / "b.json").exists() and (target / "a.json").stat().st_mtime_ns == before
    assert not list(target.glob(".*.part"))


def test_resume_needs_an_output(archive: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(archive), "--resume"])
    assert result.exit_code == 2 and "--resume" in result.stderr


def test_two_workers_write_what_one_writes(archive: Path, reference: bytes,
                                           tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = run("batch", str(archive), "-o", str(target), "--workers", "2", "--batch-size", "8")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == reference


def test_dask_engine_writes_what_the_local_engine_writes(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    local, distributed = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    samples = str(ROOT / "samples")
    assert run("batch", samples, "-o", str(local), "-q").returncode == 0
    result = run("batch", samples, "-o", str(distributed), "-q", "--engine", "dask",
                 "--workers", "2", "--batch-size", "3")
    assert result.returncode == 0, result.stderr
    assert distributed.read_bytes() == local.read_bytes()


def test_scheduler_needs_the_dask_engine(archive: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(archive), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2


def test_python_api_annotates_an_archive(tmp_path: Path) -> None:
    from annotate.running.batch import annotate_archive

    target = tmp_path / "out.jsonl"
    summary = annotate_archive(ROOT / "samples", target)
    everything = len(SAMPLE_STORIES)
    assert (summary.stories, summary.annotated, summary.failed) == (everything, everything, 0)
    assert len(target.read_text(encoding="utf-8").splitlines()) == everything

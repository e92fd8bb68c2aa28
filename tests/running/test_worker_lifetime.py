"""Workers die with their batch: kill -9 or SIGTERM of a ``--workers 2`` run leaves no process
behind (nor the caller's stderr held open), and SIGTERM/SIGHUP stop a batch like Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import write_small_archive

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads the process table from /proc")


def alive_in_group(group: int) -> list[str]:
    """The processes of process group ``group`` that still run (zombies, already dead and only
    waiting for a parent to collect them, are not counted), as "pid name" strings."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (name) state ppid pgrp ...": the name may hold spaces, so split after ")"
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        state, _, pgrp = stat[stat.rindex(")") + 2:].split()[:3]
        if int(pgrp) == group and state != "Z":
            alive.append(f"{entry.name} {name}")
    return alive


def _default_hangup() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def start_batch(archive: Path, target: Path) -> subprocess.Popen[str]:
    """``annotate batch --workers 2`` in its own process group, stderr to a pipe, with the
    hang-up signal at its default even when the suite itself runs with it ignored (under
    ``nohup`` or a CI runner that ignores it): annotate keeps a signal its caller ignores
    ignored, by design, and the tests below are about a caller that does not."""
    return subprocess.Popen([sys.executable, "-m", "annotate", "batch", str(archive), "-o",
                             str(target), "-q", "--workers", "2", "--batch-size", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_default_hangup)


def wait_for_workers(process: subprocess.Popen[str], target: Path) -> None:
    """Until both workers run and records are coming out."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if len(alive_in_group(process.pid)) >= 3 and target.exists() and \
                target.read_bytes().count(b"\n") >= 2:
            return
        time.sleep(0.05)
    pytest.fail("the batch ended or stalled before its workers were seen")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return write_small_archive(tmp_path / "wire.jsonl", copies=60)


def test_kill_9_leaves_no_worker_behind(archive: Path, tmp_path: Path) -> None:
    process = start_batch(archive, tmp_path / "out.jsonl")
    wait_for_workers(process, tmp_path / "out.jsonl")
    assert len(alive_in_group(process.pid)) >= 3  # the batch and its two workers
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(2)
    assert alive_in_group(process.pid) == []
    # Nothing holds the caller's stderr open any more: reading it ends.
    _, stderr = process.communicate(timeout=5)
    assert "Traceback" not in stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_sigterm_and_sighup_stop_like_ctrl_c(archive: Path, tmp_path: Path, signum: int) -> None:
    target = tmp_path / "out.jsonl"
    process = start_batch(archive, target)
    wait_for_workers(process, target)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 128 + signum
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "--resume" in lines[0], stderr
    assert signal.Signals(signum).name in lines[0]
    assert target.read_bytes().endswith(b"\n")
    time.sleep(2)
    assert alive_in_group(process.pid) == []


def test_a_worker_that_cannot_start_is_one_line(archive: Path, tmp_path: Path) -> None:
    """A missing model in the workers (formerly BrokenProcessPool and a traceback)."""
    result = subprocess.run([sys.executable, "-m", "annotate", "batch", str(archive), "-o",
                             str(tmp_path / "out.jsonl"), "--workers", "2", "--model",
                             "no_such_model_here"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E001]" in lines[0] and "Traceback" not in result.stderr


def test_workers_beyond_the_cores_are_capped(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from annotate.cli import app
    from annotate.running.engines import usable_cores

    archive = write_small_archive(tmp_path / "wire.jsonl")
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(tmp_path / "out.jsonl"),
                                      "--workers", "10000"])
    assert result.exit_code == 0, result.stderr
    assert f"--workers 10000 is more than the {usable_cores()} usable cores; using " \
           f"{usable_cores()}" in result.stderr


def test_parent_death_signal_is_asked_for(tmp_path: Path) -> None:
    """The worker-side call itself: a child that asked for it dies when its parent is killed."""
    script = (
        "import os, sys, time\n"
        "from annotate.running.engines import die_with_parent\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    die_with_parent(os.getppid())\n"
        "    print(os.getpid(), flush=True)\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              start_new_session=True, env={**os.environ})
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    time.sleep(1)
    assert alive_in_group(parent.pid) == [], f"child {child} outlived its parent"

"""The collector and the loaded model: frozen while workers run, given back afterwards, and
skipped at the command line's exit."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from annotate.running.batch import annotate_archive
from annotate.running.collector import frozen_for_workers

from .test_engines import write_folder


def test_objects_are_frozen_inside_and_given_back_after() -> None:
    assert gc.get_freeze_count() == 0
    with frozen_for_workers():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_given_back_when_the_block_fails() -> None:
    with pytest.raises(KeyError), frozen_for_workers():
        raise KeyError("stop")
    assert gc.get_freeze_count() == 0


def test_a_callers_own_freeze_is_left_alone() -> None:
    gc.freeze()
    try:
        with frozen_for_workers():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_batch_with_workers_gives_the_objects_back(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "stories", 6)
    summary = annotate_archive(folder, tmp_path / "out.jsonl", workers=2, batch_size=2)
    assert summary.annotated >= 6
    assert gc.get_freeze_count() == 0


# Registered before main: atexit runs handlers last-in first-out, so this one runs after
# whatever main registered, and sees what the process looks like as the interpreter ends.
AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
from annotate import cli
sys.argv = ["annotate", "--help"]
cli.main()
"""


def test_the_command_line_freezes_everything_as_it_exits() -> None:
    run = subprocess.run([sys.executable, "-c", AT_EXIT], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "frozen at exit: True"

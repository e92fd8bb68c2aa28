"""The collector and the loaded model: rarely run while a command starts, frozen while stories
are annotated (in this process or in workers), given back afterwards, and skipped at the
command line's exit."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from annotate.pipeline.annotator import Annotator
from annotate.running import collector
from annotate.running.batch import annotate_archive
from annotate.running.collector import frozen_for_annotation

from .test_engines import write_folder


def test_objects_are_frozen_inside_and_given_back_after() -> None:
    assert gc.get_freeze_count() == 0
    with frozen_for_annotation():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_given_back_when_the_block_fails() -> None:
    with pytest.raises(KeyError), frozen_for_annotation():
        raise KeyError("stop")
    assert gc.get_freeze_count() == 0


def test_a_callers_own_freeze_is_left_alone() -> None:
    gc.freeze()
    try:
        with frozen_for_annotation():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_batch_with_workers_gives_the_objects_back(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "stories", 6)
    summary = annotate_archive(folder, tmp_path / "out.jsonl", workers=2, batch_size=2)
    assert summary.annotated >= 6
    assert gc.get_freeze_count() == 0


@pytest.fixture
def usual_thresholds() -> Iterator[tuple[int, int, int]]:
    """The usual thresholds (any start-up's rare collections ended first), restored after the
    test whatever it did."""
    collector.usual_collections()
    before = gc.get_threshold()
    yield before
    collector.usual_collections()
    gc.set_threshold(*before)


def test_start_up_collects_rarely_until_annotation_begins(
        usual_thresholds: tuple[int, int, int]) -> None:
    collector.collect_rarely_while_starting()
    collector.collect_rarely_while_starting()  # twice: the usual thresholds are still known
    assert gc.get_threshold() == (collector.START_UP_THRESHOLD, *usual_thresholds[1:])
    with frozen_for_annotation():
        assert gc.get_threshold() == usual_thresholds
    assert gc.get_threshold() == usual_thresholds
    collector.usual_collections()  # nothing left to restore
    assert gc.get_threshold() == usual_thresholds


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_annotates_with_the_model_frozen_and_the_usual_thresholds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int,
        usual_thresholds: tuple[int, int, int]) -> None:
    seen: list[tuple[bool, tuple[int, int, int]]] = []
    annotate_stories = Annotator.annotate_stories

    def spy(self: Annotator, *args: object, **kwargs: object) -> Iterator[object]:
        seen.append((gc.get_freeze_count() > 0, gc.get_threshold()))
        return annotate_stories(self, *args, **kwargs)

    monkeypatch.setattr(Annotator, "annotate_stories", spy)
    collector.collect_rarely_while_starting()
    summary = annotate_archive(write_folder(tmp_path / "stories", 3), tmp_path / "out.jsonl",
                               workers=workers)
    assert summary.annotated >= 3
    if workers == 1:  # the workers' calls happen in their own processes
        assert seen == [(True, usual_thresholds)]
    assert gc.get_threshold() == usual_thresholds
    assert gc.get_freeze_count() == 0


# Registered before main: atexit runs handlers last-in first-out, so this one runs after
# whatever main registered, and sees what the process looks like as the interpreter ends.
AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
atexit.register(lambda: print("thresholds:", gc.get_threshold()[0]))
from annotate import cli
sys.argv = ["annotate", "--help"]
cli.main()
"""


def test_the_command_line_freezes_everything_as_it_exits() -> None:
    run = subprocess.run([sys.executable, "-c", AT_EXIT], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "frozen at exit: True"
    # a command that annotates nothing (here --help) keeps start-up's rare collections
    assert run.stdout.splitlines()[-2] == f"thresholds: {collector.START_UP_THRESHOLD}"


# Counts the collections run while the command line is in start-up mode (its raised threshold
# in force), from `annotate batch` starting to the annotation freezing what start-up made.
START_UP_COLLECTIONS = """
import atexit, gc, sys
from annotate.running import collector
runs = []
gc.callbacks.append(lambda phase, info: phase == "start"
                    and gc.get_threshold()[0] == collector.START_UP_THRESHOLD
                    and runs.append(info["generation"]))
atexit.register(lambda: print("start-up collections:", len(runs)))
from annotate import cli
sys.argv = ["annotate", "batch", sys.argv[1], "-o", sys.argv[2], "-q"]
cli.main()
"""


def test_the_command_line_starts_without_a_collection(tmp_path: Path) -> None:
    """spaCy's import, the model and the layers' tables are all kept: walking them before the
    annotation freezes them would free nothing."""
    folder = write_folder(tmp_path / "stories", 2)
    for unreadable in ("story-005b.txt", "story-011b.txt"):  # a clean run
        (folder / unreadable).unlink()
    run = subprocess.run([sys.executable, "-c", START_UP_COLLECTIONS, str(folder),
                          str(tmp_path / "out.jsonl")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "start-up collections: 0"

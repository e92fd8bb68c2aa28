"""``annotate batch`` over a folder with unreadable parts: each bad path is one stderr line and
one failure in the summary, every good story is written exactly once, and the exit code is 1.

A symbolic link loop is the exception, by design: the walk does not follow it, every story
under it is still read once through its real path, so nothing is lost. It is one warning line,
not a failure, and the exit code stays 0 (a tree with a stray ``up -> ..`` link would otherwise
fail every run, and an exit code that always says 1 is one nobody reads).

Permission cases run twice: with a real chmod (skipped as root, which reads anything) and with
the lowest-level call (os.scandir, io.open) refusing one path, so CI, which runs as root,
exercises them too.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from typer.testing import CliRunner, Result

import annotate.input.stories
from annotate.cli import app
from annotate.running.batch import annotate_archive

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_non_root = pytest.mark.skipif(AS_ROOT, reason="root reads whatever chmod says")

GOOD = {  # original one-line wire copy; ids are paths under the folder, without suffix
    "a-envoys": "GENEVA (AP) — Envoys from Norway and Chile met Tuesday to discuss fishing rights.",
    "b-desk/talks": "NAIROBI (AP) — Kenya's foreign minister said Friday that talks would resume.",
    "c-wire/visit": "LIMA (AP) — Peru's president will visit Brazil next month, officials said.",
    "z-last": "OSLO (AP) — Norway expelled two Russian diplomats on Monday.",
}
SUMMARY = re.compile(r"^annotated (\d+) of (\d+) stories.*; (\d+) failed$", re.MULTILINE)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": "80"})


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    """A folder of good stories, in a sub-folder too, for each test to spoil one part of."""
    folder = tmp_path / "stories"
    for story_id, text in GOOD.items():
        path = folder / f"{story_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    return folder


def run_batch(runner: CliRunner, folder: Path) -> tuple[Result, list[str]]:
    """Run ``annotate batch FOLDER -o out.jsonl`` and return the result and the ids written."""
    output = folder.parent / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(output)])
    ids = [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    return result, ids


def assert_reported(result: Result, ids: list[str], bad: Path, reason: str) -> None:
    """Every good story written once, in order; one skipped line naming ``bad`` with
    ``reason``; one failure counted; exit code 1."""
    assert ids == sorted(GOOD)
    skipped = [line for line in result.stderr.splitlines() if line.startswith("annotate: skipped:")]
    assert skipped == [f"annotate: skipped: {bad}: {reason}"], result.stderr
    annotated, total, failed = map(int, SUMMARY.search(result.stderr).groups())
    assert (annotated, total, failed) == (len(GOOD), len(GOOD) + 1, 1)
    assert result.exit_code == 1


def refuse(monkeypatch: pytest.MonkeyPatch, target: Path, *calls: tuple[Any, str]) -> None:
    """Make each ``(module, name)`` call fail with "Permission denied" for ``target`` only
    (``open`` of a file descriptor, as ``os.fdopen`` does, goes through)."""
    for module, name in calls:
        real: Callable[..., Any] = getattr(module, name)

        def refusing(path: Any = ".", *args: Any, _real: Any = real, **kwargs: Any) -> Any:
            if not isinstance(path, int) and os.fspath(path) == os.fspath(target):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
            return _real(path, *args, **kwargs)

        monkeypatch.setattr(module, name, refusing)


def test_broken_link(runner: CliRunner, stories: Path) -> None:
    (stories / "b-desk" / "wires.txt").symlink_to("/nonexistent/wires.txt")
    result, ids = run_batch(runner, stories)
    assert_reported(result, ids, stories / "b-desk" / "wires.txt",
                    "broken symbolic link (its target /nonexistent/wires.txt does not exist)")


def test_unreadable_file(runner: CliRunner, stories: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    bad = stories / "b-desk" / "secret.txt"
    bad.write_text("LONDON (AP) — A sealed cable was never read.\n", encoding="utf-8")
    refuse(monkeypatch, bad, (io, "open"), (builtins, "open"))
    result, ids = run_batch(runner, stories)
    assert_reported(result, ids, bad, "Permission denied")


@needs_non_root
def test_unreadable_file_for_real(runner: CliRunner, stories: Path) -> None:
    bad = stories / "b-desk" / "secret.txt"
    bad.write_text("LONDON (AP) — A sealed cable was never read.\n", encoding="utf-8")
    bad.chmod(0)
    result, ids = run_batch(runner, stories)
    assert_reported(result, ids, bad, "Permission denied")


def test_unreadable_folder(runner: CliRunner, stories: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    bad = stories / "locked"
    (bad / "inside.txt").parent.mkdir()
    (bad / "inside.txt").write_text("ROME (AP) — Nobody may read this.\n", encoding="utf-8")
    refuse(monkeypatch, bad, (os, "scandir"))
    result, ids = run_batch(runner, stories)
    assert_reported(result, ids, bad, "cannot read folder (permission denied)")


@needs_non_root
def test_unreadable_folder_for_real(runner: CliRunner, stories: Path) -> None:
    bad = stories / "locked"
    (bad / "inside.txt").parent.mkdir()
    (bad / "inside.txt").write_text("ROME (AP) — Nobody may read this.\n", encoding="utf-8")
    bad.chmod(0)
    try:
        result, ids = run_batch(runner, stories)
    finally:
        bad.chmod(0o755)
    assert_reported(result, ids, bad, "cannot read folder (permission denied)")


def test_folder_deleted_mid_run(runner: CliRunner, stories: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    doomed = stories / "m-doomed"
    (doomed / "x.txt").parent.mkdir()
    (doomed / "x.txt").write_text("CAIRO (AP) — This story is deleted mid-run.\n",
                                  encoding="utf-8")
    real_walk = annotate.input.stories.walk_story_files

    def walk_then_delete(folder: Path, suffixes: Any) -> Iterator[Any]:
        """The real walk; once it has handed out its first story, another process (here:
        this hook) deletes a folder the walk has not listed yet."""
        for number, item in enumerate(real_walk(folder, suffixes)):
            yield item
            if number == 0 and folder == stories:
                shutil.rmtree(doomed)

    monkeypatch.setattr(annotate.input.stories, "walk_story_files", walk_then_delete)
    result, ids = run_batch(runner, stories)
    assert not doomed.exists()
    assert_reported(result, ids, doomed, "folder vanished during the run")


def test_folder_deleted_after_the_first_result(stories: Path, tmp_path: Path) -> None:
    """The same through annotate_archive: the folder goes after the first story is written."""
    doomed = stories / "m-doomed"
    (doomed / "x.txt").parent.mkdir()
    (doomed / "x.txt").write_text("CAIRO (AP) — This story is deleted mid-run.\n",
                                  encoding="utf-8")
    seen: list[str] = []

    def after_each(result: Any) -> None:
        seen.append(result.error or result.story_id)
        if len(seen) == 1:
            shutil.rmtree(doomed)

    summary = annotate_archive(stories, tmp_path / "out.jsonl", batch_size=1,
                               on_result=after_each)
    assert seen == ["a-envoys", "b-desk/talks", "c-wire/visit",
                    f"{doomed}: folder vanished during the run", "z-last"]
    assert (summary.annotated, summary.failed) == (len(GOOD), 1)


def test_link_loop_is_a_warning_not_a_failure(runner: CliRunner, stories: Path) -> None:
    loop = stories / "c-wire" / "up"
    loop.symlink_to("..", target_is_directory=True)
    result, ids = run_batch(runner, stories)
    assert ids == sorted(GOOD)  # each story once: the loop added none, lost none
    assert "annotate: skipped:" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("annotate: warning:")]
    assert warnings == [f"annotate: warning: {loop}: symbolic link loop (it leads back to "
                        f"{stories}); not followed"]
    annotated, total, failed = map(int, SUMMARY.search(result.stderr).groups())
    assert (annotated, total, failed) == (len(GOOD), len(GOOD), 0)
    assert result.exit_code == 0, result.stderr

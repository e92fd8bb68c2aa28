"""Engine failures and unexpected errors reach the user as one line, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from annotate import cli
from annotate.cli import app
from annotate.running import collector

from .conftest import write_small_archive


@pytest.fixture(autouse=True)
def usual_collections_after() -> Iterator[None]:
    """cli.main() starts with the collector's rare start-up collections; a test that calls it
    here ends them, so that the rest of the session collects as usual."""
    yield
    collector.usual_collections()


@pytest.mark.parametrize("address", ["nonsense::x", "tcp://127.0.0.1:1"],
                         ids=["malformed", "unreachable"])
def test_dask_scheduler_that_cannot_be_reached(tmp_path: Path, address: str) -> None:
    pytest.importorskip("distributed")
    archive = write_small_archive(tmp_path / "wire.jsonl")
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(tmp_path / "out.jsonl"),
                                      "--engine", "dask", "--scheduler", address])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E062] cannot reach the Dask scheduler" in lines[0]


def test_an_unexpected_error_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("ANNOTATE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E099]" in err and "ANNOTATE_DEBUG=1" in err


def test_annotate_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.setenv("ANNOTATE_DEBUG", "1")
    with pytest.raises(RuntimeError, match="nobody foresaw"):
        cli.main()


def test_an_annotate_error_survives_the_trip_from_a_worker() -> None:
    """Raised in a worker process, an error is pickled back to the batch: code and message
    must survive (the default pickling broke the process pool)."""
    import pickle

    from annotate.errors import AnnotateError, UsageError

    for error in (AnnotateError("E001", "no model"), UsageError("E020", "bad date")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (copy.code, copy.message, str(copy)) == (error.code, error.message, str(error))


def test_control_characters_in_a_file_name_reach_no_terminal(tmp_path: Path) -> None:
    name = tmp_path / "story\x1b]0;owned\x07\x1b[2J.txt"  # retitle, then clear the screen
    for command in ([str(name)], ["batch", str(name)]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr
        assert "story\\x1b]0;owned\\x07\\x1b[2J.txt" in result.stderr

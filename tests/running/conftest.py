"""Fixtures for the output-safety tests: a small archive, its reference output, a tiny disk."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

STORIES = [  # original one-paragraph wire copy
    "OSLO (AP) — Norway expelled two Russian diplomats on Monday, the foreign ministry said.",
    "NAIROBI (AP) — Kenya's foreign minister said Friday that talks with Ethiopia would resume.",
    "LIMA (AP) — Peru's president will visit Brazil next month, officials said Tuesday.",
    "GENEVA (AP) — Envoys from Chile and Norway met Wednesday to discuss fishing rights.",
    "ANKARA (AP) — Turkey recalled its ambassador to Austria on Thursday after a dispute.",
]


def write_small_archive(path: Path, copies: int = 1) -> Path:
    """A JSONL archive of the five stories above (``copies`` times, each with its own id)."""
    with path.open("w", encoding="utf-8") as stream:
        for number in range(copies * len(STORIES)):
            story = {"id": f"s{number:03d}", "text": STORIES[number % len(STORIES)]}
            stream.write(json.dumps(story) + "\n")
    return path


@pytest.fixture(scope="session")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_archive(tmp_path_factory.mktemp("small") / "wire.jsonl", copies=4)


@pytest.fixture(scope="session")
def small_reference(small_archive: Path) -> bytes:
    """The output of one uninterrupted run over ``small_archive``."""
    from annotate.running.batch import annotate_archive

    target = small_archive.parent / "reference.jsonl"
    summary = annotate_archive(small_archive, target)
    assert summary.failed == 0
    return target.read_bytes()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KB tmpfs to fill up (root only: mounting needs it)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` to the last byte, then free ``leave`` bytes; return the filler file."""
    slack = disk / "slack"
    if leave:
        slack.write_bytes(b"x" * leave)
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as stream:
        try:
            while True:
                stream.write(b"x" * 4096)
        except OSError:
            pass
    if leave:
        slack.unlink()
    return filler

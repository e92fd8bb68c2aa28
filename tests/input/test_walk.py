"""Walking a story folder: sorted, lazy, links followed once, every unreadable path reported.

The tests run as root here and in CI, where chmod 000 hides nothing; each permission case
therefore has a variant that makes the lowest-level call (os.scandir, io.open) refuse one path,
so it is exercised everywhere, beside a real-chmod variant that runs for other users.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import AnnotateError
from annotate.input.stories import STORY_SUFFIXES, Story, StoryError, count_stories, iter_stories
from annotate.input.walk import Unreadable, walk_story_files

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_non_root = pytest.mark.skipif(AS_ROOT, reason="root reads whatever chmod says")
STORY = "WASHINGTON (AP) — The two envoys met Monday.\n"


def make(root: Path, *names: str) -> Path:
    """Create story files (and their folders) under ``root``."""
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY, encoding="utf-8")
    return root


def walked(root: Path) -> list[Any]:
    """The walk, with paths relative to ``root`` (as POSIX strings) for short assertions."""
    def short(item: Any) -> Any:
        if isinstance(item, Path):
            return item.relative_to(root).as_posix()
        return type(item).__name__, item.path.relative_to(root).as_posix()

    return [short(item) for item in walk_story_files(root, STORY_SUFFIXES)]


def refuse(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, target: Path,
           error: type[OSError] = PermissionError) -> None:
    """Make ``module.name`` (os.scandir, io.open...) fail for ``target`` as the kernel would."""
    real: Callable[..., Any] = getattr(module, name)
    code = errno.EACCES if error is PermissionError else errno.ENOENT

    def refusing(path: Any = ".", *args: Any, **kwargs: Any) -> Any:
        if os.fspath(path) == os.fspath(target):
            raise error(code, os.strerror(code), os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(module, name, refusing)


# Order, hidden names, suffixes.

def test_walk_is_recursive_sorted_and_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    make(tmp_path, "b.txt", "a/c.md", "a/.hidden.txt", ".git/x.txt", "notes.csv", "z.jsonl",
         "a-b/d.TXT", "page.html", "old/page.htm", "a.txt/e.json")
    assert walked(tmp_path) == ["a/c.md", "a-b/d.TXT", "a.txt/e.json", "b.txt", "old/page.htm",
                                "page.html", "z.jsonl"]


NAMES = st.text(alphabet="aB-_.0", min_size=1, max_size=4).filter(lambda n: n not in (".", ".."))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(NAMES, min_size=1, max_size=3), min_size=1, max_size=12),
       st.sampled_from([".txt", ".md", ".csv", ".HTML"]))
def test_walk_order_is_sorted_path_order_and_lists_each_story_once(
        layouts: list[list[str]], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        expected = set()
        for parts in layouts:
            path = root.joinpath(*parts[:-1], parts[-1] + suffix)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(STORY, encoding="utf-8")
            except (FileExistsError, NotADirectoryError, IsADirectoryError):
                continue  # a name used both as a file and as a folder: hypothesis's choice
            relative = path.relative_to(root)
            if suffix.lower() in STORY_SUFFIXES and not any(
                    part.startswith(".") for part in relative.parts):
                expected.add(path)
        found = list(walk_story_files(root, STORY_SUFFIXES))
        assert found == sorted(expected)  # sorted full paths: the order before this walker


# Links.

def test_broken_link_is_reported_with_its_target(tmp_path: Path) -> None:
    make(tmp_path, "a.txt", "z.txt")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "photo.jpg").symlink_to("missing.jpg")  # not a story: passed over in silence
    (tmp_path / "archive").symlink_to("/nonexistent/archive")  # may have been a folder
    items = list(walk_story_files(tmp_path, STORY_SUFFIXES))
    assert walked(tmp_path) == ["a.txt", ("Unreadable", "archive"), ("Unreadable", "gone.txt"),
                                "z.txt"]
    assert items[2].message == (f"{tmp_path / 'gone.txt'}: broken symbolic link "
                                "(its target missing.txt does not exist)")


def test_link_to_itself_is_reported_as_a_loop(tmp_path: Path) -> None:
    (tmp_path / "self.txt").symlink_to("self.txt")
    (item,) = walk_story_files(tmp_path, STORY_SUFFIXES)
    assert isinstance(item, Unreadable) and "symbolic link loop" in item.reason


def test_link_to_a_folder_is_followed(tmp_path: Path) -> None:
    make(tmp_path / "elsewhere", "x.txt")
    make(tmp_path / "stories", "a.txt")
    (tmp_path / "stories" / "wire").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert walked(tmp_path / "stories") == ["a.txt", "wire/x.txt"]


def test_link_loop_is_reported_once_and_not_followed(tmp_path: Path) -> None:
    make(tmp_path, "a/b.txt", "c.txt")
    (tmp_path / "a" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "a" / "here").symlink_to(".", target_is_directory=True)
    items = list(walk_story_files(tmp_path, STORY_SUFFIXES))
    assert walked(tmp_path) == ["a/b.txt", ("FolderSkipped", "a/here"), ("FolderSkipped", "a/up"),
                                "c.txt"]
    here, up = items[1], items[2]
    assert here.loop and here.first_path == tmp_path / "a"
    assert up.loop and up.first_path == tmp_path
    assert up.message == f"{tmp_path / 'a' / 'up'}: symbolic link loop (it leads back to " \
                        f"{tmp_path}); not followed"


def test_second_link_to_one_folder_is_walked_once(tmp_path: Path) -> None:
    make(tmp_path, "2026-03/a.txt")
    (tmp_path / "latest").symlink_to("2026-03", target_is_directory=True)
    items = list(walk_story_files(tmp_path, STORY_SUFFIXES))
    assert walked(tmp_path) == ["2026-03/a.txt", ("FolderSkipped", "latest")]
    assert not items[1].loop and "already walked" in items[1].message


# Folders that cannot be listed.

def test_folder_without_permission_is_reported(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "a.txt", "locked/b.txt", "z.txt")
    refuse(monkeypatch, os, "scandir", tmp_path / "locked")
    items = list(walk_story_files(tmp_path, STORY_SUFFIXES))
    assert walked(tmp_path) == ["a.txt", ("Unreadable", "locked"), "z.txt"]
    assert items[1].message == f"{tmp_path / 'locked'}: cannot read folder (permission denied)"


@needs_non_root
def test_folder_without_permission_is_reported_for_real(tmp_path: Path) -> None:
    make(tmp_path, "a.txt", "locked/b.txt", "z.txt")
    (tmp_path / "locked").chmod(0)
    try:
        assert walked(tmp_path) == ["a.txt", ("Unreadable", "locked"), "z.txt"]
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_root_that_cannot_be_listed_is_one_item(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "a.txt")
    refuse(monkeypatch, os, "scandir", tmp_path)
    assert list(walk_story_files(tmp_path, STORY_SUFFIXES)) == [
        Unreadable(tmp_path, "cannot read folder (permission denied)")]
    with pytest.raises(AnnotateError, match="cannot read folder"):
        list(iter_stories(tmp_path))


def test_walk_is_lazy_so_a_folder_deleted_mid_run_is_reported_as_vanished(tmp_path: Path) -> None:
    make(tmp_path, "a.txt", "later/b.txt", "later/deeper/c.txt", "z.txt")
    walk = walk_story_files(tmp_path, STORY_SUFFIXES)
    assert next(walk) == tmp_path / "a.txt"
    shutil.rmtree(tmp_path / "later")  # the walk has listed the top folder, not "later"
    assert list(walk) == [Unreadable(tmp_path / "later", "folder vanished during the run"),
                          tmp_path / "z.txt"]


def test_folder_that_vanished_before_it_was_listed_is_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "a.txt", "gone/b.txt")
    refuse(monkeypatch, os, "scandir", tmp_path / "gone", FileNotFoundError)
    assert walked(tmp_path) == ["a.txt", ("Unreadable", "gone")]


def test_no_file_descriptor_stays_open_between_items(tmp_path: Path) -> None:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc")
    for depth in range(10):  # a story at each of ten levels
        make(tmp_path.joinpath(*"abcdefghij"[:depth]), f"s{depth}.txt")
    before = len(os.listdir(fds))
    counts = [len(os.listdir(fds)) for _ in walk_story_files(tmp_path, STORY_SUFFIXES)]
    assert len(counts) == 10 and set(counts) == {before}


def test_a_deep_tree_needs_no_recursion(tmp_path: Path) -> None:
    # A tree deeper than the recursion headroom left to the walk: a walker that recursed per
    # folder would raise RecursionError. The headroom is lowered, not the tree made thousands
    # deep, so that pytest's own (recursive) clean-up of tmp_path still copes with it.
    depth = 200
    deep = tmp_path.joinpath(*["d"] * depth)
    make(deep, "x.txt")
    frames, frame = 0, sys._getframe()
    while frame is not None:
        frames, frame = frames + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(frames + depth // 2)
    try:
        found = list(walk_story_files(tmp_path, STORY_SUFFIXES))
    finally:
        sys.setrecursionlimit(limit)
    assert found == [deep / "x.txt"]


# Through iter_stories and count_stories: one StoryError a problem, warnings apart.

def test_every_problem_becomes_one_story_error_and_count_matches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "a.txt", "locked/b.txt", "sub/c.txt", "wire.jsonl")
    (tmp_path / "wire.jsonl").write_text('{"id": "w1", "text": "One."}\n\n'
                                         '{"id": "w2", "text": "Two."}\n')
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "sub" / "up").symlink_to("..", target_is_directory=True)
    refuse(monkeypatch, os, "scandir", tmp_path / "locked")
    warnings: list[str] = []
    items = list(iter_stories(tmp_path, on_warning=warnings.append))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Story", "a"), ("StoryError", "gone.txt"), ("StoryError", "locked"), ("Story", "sub/c"),
        ("Story", "w1"), ("Story", "w2")]
    assert [i.message for i in items if isinstance(i, StoryError)] == [
        f"{tmp_path / 'gone.txt'}: broken symbolic link (its target missing.txt does not exist)",
        f"{tmp_path / 'locked'}: cannot read folder (permission denied)"]
    assert warnings == [f"{tmp_path / 'sub' / 'up'}: symbolic link loop (it leads back to "
                        f"{tmp_path}); not followed"]
    assert count_stories(tmp_path) == len(items)


def test_file_without_read_permission_is_one_clear_line(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "a.txt", "secret.txt", "secret.jsonl")
    for opener in (io, builtins):  # Path.open calls io.open; plain open() is builtins.open
        refuse(monkeypatch, opener, "open", tmp_path / "secret.txt")
        refuse(monkeypatch, opener, "open", tmp_path / "secret.jsonl")
    items = list(iter_stories(tmp_path))
    assert [type(i).__name__ for i in items] == ["Story", "StoryError", "StoryError"]
    for item, name in zip(items[1:], ("secret.jsonl", "secret.txt")):
        assert item.message == f"{tmp_path / name}: Permission denied"
    assert count_stories(tmp_path) == 3  # an unreadable JSONL file counts as one result


@needs_non_root
def test_file_without_read_permission_for_real(tmp_path: Path) -> None:
    make(tmp_path, "a.txt", "secret.txt")
    (tmp_path / "secret.txt").chmod(0)
    items = list(iter_stories(tmp_path))
    assert isinstance(items[0], Story) and isinstance(items[1], StoryError)
    assert items[1].message == f"{tmp_path / 'secret.txt'}: Permission denied"


def test_file_deleted_after_its_folder_was_listed_is_reported(tmp_path: Path) -> None:
    make(tmp_path, "sub/b1.txt", "sub/b2.txt")
    stories = iter_stories(tmp_path)
    assert next(stories).id == "sub/b1"
    shutil.rmtree(tmp_path / "sub")  # the walk listed "sub" before it read b1.txt
    (item,) = stories
    assert isinstance(item, StoryError)
    assert item.message == f"{tmp_path / 'sub' / 'b2.txt'}: No such file or directory"

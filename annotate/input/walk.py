"""Walking a folder of stories: files in a stable order, and every problem reported, not hidden.

:func:`walk_story_files` yields the story files under a folder, in sorted path order (the order
of ``sorted(folder.rglob(...))``: a folder's entries sorted by name, depth first), skipping hidden
files and folders (names starting with "."). It follows symbolic links to folders, but walks each
folder once, so a link loop cannot recurse.

What it cannot read it yields in place, as :class:`Unreadable` (input lost: a broken link, a
folder it may not list, a folder that vanished during the run); what it chose not to walk twice
it yields as :class:`FolderSkipped` (nothing lost: a link loop, or a folder reached by a second
path). Files with other suffixes are not stories and are passed over in silence.

The walk is lazy, one folder at a time: each folder is listed (and closed) when the walk reaches
it, so the first story of a 50,000-file tree is ready after listing one folder, not the whole
tree, and a folder deleted while earlier stories are annotated is reported as vanished.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Unreadable:
    """A path under the folder whose stories could not be read: input that is lost."""

    path: Path
    reason: str  # e.g. "cannot read folder (permission denied)"

    @property
    def message(self) -> str:
        """One line for the user: the path, then what is wrong."""
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class FolderSkipped:
    """A folder not walked because the walk has already been there (a link loop, or a second
    link to one folder): nothing is lost, its stories are read once, under ``first_path``."""

    path: Path
    first_path: Path
    loop: bool  # True: ``first_path`` is an ancestor of ``path`` (following it would recurse)

    @property
    def message(self) -> str:
        """One line for the user: the path, then why it was not walked."""
        if self.loop:
            return (f"{self.path}: symbolic link loop (it leads back to {self.first_path}); "
                    f"not followed")
        return f"{self.path}: same folder as {self.first_path}, already walked; not walked again"


WalkItem = Path | Unreadable | FolderSkipped
_FolderId = tuple[int, int]  # (st_dev, st_ino): one folder, whatever the path that reaches it


def walk_story_files(folder: Path, suffixes: Iterable[str]) -> Iterator[WalkItem]:
    """Story files under ``folder`` (whose suffix, in any case, is one of ``suffixes``), in sorted
    path order, hidden names skipped, with :class:`Unreadable` and :class:`FolderSkipped` items
    in place of what could not be or was not walked. ``folder`` itself that cannot be listed is
    yielded as :class:`Unreadable` too."""
    wanted = tuple(suffix.lower() for suffix in suffixes)
    try:
        root_id = _folder_id(os.stat(folder))
    except OSError as error:
        yield Unreadable(folder, _folder_reason(error))
        return
    visited: dict[_FolderId, Path] = {}
    ancestors: set[_FolderId] = set()
    # Depth first with an explicit stack (not recursion): any depth of tree, and each open
    # folder holds only its sorted list of entries, never a file descriptor.
    stack: list[tuple[Iterator[os.DirEntry[str]], _FolderId]] = []

    def enter(path: Path, folder_id: _FolderId) -> Unreadable | None:
        try:
            entries = _sorted_entries(path)
        except OSError as error:
            return Unreadable(path, _folder_reason(error))
        visited[folder_id] = path
        ancestors.add(folder_id)
        stack.append((iter(entries), folder_id))
        return None

    if problem := enter(folder, root_id):
        yield problem
    while stack:
        entries_left, folder_id = stack[-1]
        entry = next(entries_left, None)
        if entry is None:
            stack.pop()
            ancestors.discard(folder_id)
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_folder = entry.is_dir()  # follows links; False for a broken link
            is_file = not is_folder and entry.is_file()
        except OSError as error:  # a link loop, or a link into a folder we may not search
            if _may_be_story(entry.name, wanted):
                reason = (_link_reason(path) if entry.is_symlink()
                          else f"cannot read ({_strerror(error)})")
                yield Unreadable(path, reason)
            continue
        if is_folder:
            try:
                sub_id = _folder_id(os.stat(path))
            except OSError as error:  # vanished, or became unreachable, since it was listed
                yield Unreadable(path, _folder_reason(error))
                continue
            if sub_id in visited:
                yield FolderSkipped(path, visited[sub_id], loop=sub_id in ancestors)
            elif problem := enter(path, sub_id):
                yield problem
        elif is_file:
            if _suffix(entry.name) in wanted:
                yield path
        elif entry.is_symlink() and _may_be_story(entry.name, wanted):
            yield Unreadable(path, _link_reason(path))
        # Anything else (a socket, a FIFO, a device) is not a story.


def _sorted_entries(folder: Path) -> list[os.DirEntry[str]]:
    """A folder's entries by name (the order of sorted paths), listed whole and closed."""
    with os.scandir(folder) as listing:
        return sorted(listing, key=lambda entry: entry.name)


def _folder_id(status: os.stat_result) -> _FolderId:
    return status.st_dev, status.st_ino


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _may_be_story(name: str, wanted: tuple[str, ...]) -> bool:
    """Whether an entry we cannot follow might have led to stories: a story file, or (no
    suffix) a folder. A dangling ``photo.jpg`` link is no more a story than the photo."""
    return _suffix(name) in wanted or _suffix(name) == ""


def _link_reason(path: Path) -> str:
    """Why the symbolic link ``path`` cannot be followed, in words."""
    try:
        target = os.readlink(path)
    except OSError as error:  # the link itself went away after its folder was listed
        if error.errno == errno.ENOENT:
            return "vanished during the run"
        return f"cannot read symbolic link ({_strerror(error)})"
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return f"symbolic link loop (it leads back to itself through {target})"
        if error.errno in (errno.EACCES, errno.EPERM):
            return f"cannot follow symbolic link to {target} (permission denied)"
        if error.errno not in (errno.ENOENT, errno.ENOTDIR):
            return f"cannot follow symbolic link to {target} ({_strerror(error)})"
    else:  # its target appeared since the folder was listed
        return f"symbolic link to {target} changed during the run"
    return f"broken symbolic link (its target {target} does not exist)"


def _folder_reason(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "folder vanished during the run"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot read folder (permission denied)"
    return f"cannot read folder ({_strerror(error)})"


def _strerror(error: OSError) -> str:
    """The system's reason in lower case, one line ("permission denied")."""
    text = error.strerror or type(error).__name__
    return text[:1].lower() + text[1:]

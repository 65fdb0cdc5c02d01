"""Turn the paths a user gives into the files to read, the corpus root and the manifest folders.

A path may be a file or a folder; folders are walked recursively in sorted order, skipping hidden
files and folders (names starting with ``.``) and not following symbolic links to folders. The corpus
root is the deepest folder that holds every path given (a file counts as its folder). A file reached
twice (the same file given twice, or a file inside a folder also given) is read once. Paths are shown
as the user gave them, joined and tidied (``./a.txt`` becomes ``a.txt``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from os import PathLike
from pathlib import PurePath

from attrs import frozen

from crosscheck.model import Diagnostic

NO_SUCH_PATH = "no such file or folder"


@frozen
class FileRef:
    """One file to read: its absolute path (its identity) and the path as the user would open it."""

    abs: str
    path: str


@frozen
class Plan:
    """What the paths name: the root, the files (sorted by absolute path) and the folders seen."""

    root_abs: str | None
    root: str | None  # the root as the user would write it (relative if every path given was)
    files: tuple[FileRef, ...]
    folders: tuple[tuple[str, str], ...]  # (absolute, as the user would write it), sorted
    diagnostics: tuple[Diagnostic, ...]

    def doc_id(self, ref: FileRef) -> str:
        """Return a file's document id: its path relative to the root, in POSIX form."""
        assert self.root_abs is not None  # there is a root whenever there is a file
        return PurePath(os.path.relpath(ref.abs, self.root_abs)).as_posix()


def plan_inputs(paths: Iterable[str | PathLike[str]]) -> Plan:
    """Return the files, root and folders that ``paths`` name, and a diagnostic per missing path.

    Args:
        paths: files and folders, as the user gave them.

    Returns:
        The Plan.
    """
    files: dict[str, str] = {}
    folders: dict[str, str] = {}
    tops: list[str] = []
    problems: list[Diagnostic] = []
    all_relative = True
    spellings: dict[str, str] = {}  # one walk per file or folder, however often it is named
    for path in paths:
        _remember(spellings, os.path.abspath(path), os.fspath(path))
    for absolute, given in sorted(spellings.items()):
        if os.path.isdir(absolute):
            tops.append(absolute)
            _remember(folders, absolute, os.path.normpath(given))
            _walk(absolute, os.path.normpath(given), files, folders, problems)
        elif os.path.exists(absolute):
            parent = os.path.dirname(absolute)
            tops.append(parent)
            _remember(folders, parent, os.path.dirname(os.path.normpath(given)) or os.curdir)
            _remember(files, absolute, os.path.normpath(given))
        else:
            problems.append(Diagnostic(given, NO_SUCH_PATH))
            continue
        all_relative = all_relative and not os.path.isabs(given)
    if not tops:
        return Plan(None, None, (), (), tuple(problems))
    root_abs = os.path.commonpath(tops)
    root = os.path.relpath(root_abs) if all_relative else root_abs
    _remember(folders, root_abs, root)
    return Plan(
        root_abs,
        root,
        tuple(FileRef(a, files[a]) for a in sorted(files)),
        tuple(sorted(folders.items())),
        tuple(problems),
    )


def _walk(
    top: str, given: str, files: dict[str, str], folders: dict[str, str], problems: list[Diagnostic]
) -> None:
    def unreadable(exc: OSError) -> None:
        # os.walk would drop a folder it cannot list without a word; say so instead.
        shown = os.path.normpath(os.path.join(given, os.path.relpath(exc.filename, top)))
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        problems.append(Diagnostic(shown, f"cannot read folder: {reason}"))

    for folder, dirs, names in os.walk(top, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        relative = os.path.relpath(folder, top)
        shown = os.path.normpath(os.path.join(given, relative))
        _remember(folders, folder, shown)
        for name in sorted(names):
            if not name.startswith("."):
                _remember(
                    files, os.path.join(folder, name), os.path.normpath(os.path.join(shown, name))
                )


def _remember(seen: dict[str, str], absolute: str, shown: str) -> None:
    # The same file or folder reached by two paths keeps the smaller spelling, whatever the order.
    if absolute not in seen or shown < seen[absolute]:
        seen[absolute] = shown

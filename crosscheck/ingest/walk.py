"""Turn the paths a user gives into the files to read, the corpus root and the manifest folders.

A path may be a file or a folder; folders are walked recursively in sorted order. What a walk leaves
out is listed as an *excluded* diagnostic, never dropped silently: hidden files and folders (names
starting with ``.``), symbolic links to folders (not followed), links to files outside the folders
given (a corpus is read only inside its roots), broken or looping links, and special files. A name
that is not valid UTF-8 cannot be shown or reported, so its file is skipped with the name escaped
(``bad\\xffname.txt``). The corpus
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
OWN_STATE = ".crosscheck-cache"  # the default extraction cache folder (crosscheck.cache)
HIDDEN_FILE = "hidden file; not read"
HIDDEN_FOLDER = "hidden folder; not read"
LINKED_FOLDER = "symbolic link to a folder; not followed"
LINK_OUTSIDE = "symbolic link to a file outside the folders given; not read"
BROKEN_LINK = "broken or looping symbolic link; not read"
VIRTUAL_ENV = "a Python virtual environment; not read"
SPECIAL_FILE = "not a regular file (a pipe, socket or device); not read"
NOT_UTF8_NAME = "file name is not valid UTF-8; rename the file to read it"


def shown_name(path: str) -> str:
    """Return ``path`` printable: bytes that are not UTF-8 (kept as surrogate escapes by the OS
    layer) become ``\\xNN``, so the name can be written to a terminal, a log or a report."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _excluded(shown: str, message: str) -> Diagnostic:
    return Diagnostic(shown_name(shown), message, skipped=False, excluded=True)


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
    _confine(files, tops, set(spellings), problems)
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
        relative = os.path.relpath(folder, top)
        shown = os.path.normpath(os.path.join(given, relative))
        kept = []
        for d in sorted(dirs):
            where = os.path.join(shown, d)
            if d == OWN_STATE:
                continue  # crosscheck's own extraction cache: state, not input, never listed
            if d.startswith("."):
                problems.append(_excluded(where, HIDDEN_FOLDER))
            elif os.path.islink(os.path.join(folder, d)):
                # os.walk lists a link to a folder among the folders but never enters it.
                problems.append(_excluded(where, LINKED_FOLDER))
            elif os.path.isfile(os.path.join(folder, d, "pyvenv.cfg")):
                # `python -m venv venv` beside the articles: thousands of package files, no news.
                problems.append(_excluded(where, VIRTUAL_ENV))
            else:
                kept.append(d)
        dirs[:] = kept
        _remember(folders, folder, shown)
        for name in sorted(names):
            where = os.path.normpath(os.path.join(shown, name))
            if name.startswith("."):
                problems.append(_excluded(where, HIDDEN_FILE))
            else:
                _remember(files, os.path.join(folder, name), where)


def _confine(
    files: dict[str, str], tops: list[str], given: set[str], problems: list[Diagnostic]
) -> None:
    """Drop, with a diagnostic, what a walk found that must not be read as an article.

    A file the user named is read wherever it points; a file found by walking must resolve inside
    one of the folders given, else a link could make the report quote any file on the machine.
    """
    roots = [os.path.realpath(t) for t in tops]
    for absolute in sorted(files):
        shown = files[absolute]
        if shown_name(absolute) != absolute:
            problems.append(Diagnostic(shown_name(shown), NOT_UTF8_NAME))
            del files[absolute]
        elif absolute in given:
            continue
        elif os.path.islink(absolute) and not os.path.exists(absolute):
            problems.append(_excluded(shown, BROKEN_LINK))
            del files[absolute]
        elif os.path.islink(absolute) and not any(
            _inside(os.path.realpath(absolute), root) for root in roots
        ):
            problems.append(_excluded(shown, LINK_OUTSIDE))
            del files[absolute]
        elif os.path.exists(absolute) and not os.path.isfile(absolute):
            problems.append(_excluded(shown, SPECIAL_FILE))
            del files[absolute]


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _remember(seen: dict[str, str], absolute: str, shown: str) -> None:
    # The same file or folder reached by two paths keeps the smaller spelling, whatever the order.
    if absolute not in seen or shown < seen[absolute]:
        seen[absolute] = shown

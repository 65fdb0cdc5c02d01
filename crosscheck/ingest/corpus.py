"""Load a corpus: walk the paths, read the manifests, read every file, and keep every problem found."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping
from os import PathLike
from pathlib import PurePath

from crosscheck.errors import InputError
from crosscheck.ingest.files import DEFAULT_MAX_BYTES, read_file
from crosscheck.ingest.manifest import (
    DEFAULT_BASELINE,
    MANIFEST_NAME,
    Manifest,
    entry_layer,
    load_manifest,
    missing_entries,
    resolve_baseline,
)
from crosscheck.ingest.walk import NO_SUCH_PATH, plan_inputs
from crosscheck.model import Corpus, Diagnostic, Document, Entity

EXCLUDED_BY_MANIFEST = "excluded by the manifest's exclude patterns; not read"


def load_corpus(
    *paths: str | PathLike[str],
    exclude: Collection[str | PathLike[str]] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Read every article under ``paths`` into a Corpus; bad input becomes a diagnostic, never an error.

    Args:
        paths: article files and folders (walked recursively; hidden names skipped).
        exclude: files (or folders) that are not articles although they sit in the corpus (a
            baseline kept under another name, an extraction cache); ``crosscheck.toml`` and the
            baseline file are always left out.
        max_bytes: files larger than this are skipped with a diagnostic (default 2 MB).

    Returns:
        The Corpus: documents sorted by id, one diagnostic per input skipped or partly read, the root,
        the baseline path and the manifest's entities.
    """
    plan = plan_inputs(paths)
    if plan.root_abs is None or plan.root is None:
        return Corpus(documents=(), diagnostics=sort_diagnostics(plan.diagnostics))
    # --- manifests: the root's, each given folder's, and any found on the way down ---
    manifests: dict[str, Manifest] = {}
    problems: list[Diagnostic] = list(plan.diagnostics)
    for folder, shown in plan.folders:
        manifest = load_manifest(folder, os.path.normpath(os.path.join(shown, MANIFEST_NAME)))
        if manifest is not None:
            manifests[folder] = manifest
            problems += manifest.diagnostics
            problems += missing_entries(manifest)
    not_articles = {os.path.abspath(os.fspath(p)) for p in exclude}
    not_articles |= {
        os.path.abspath(os.path.join(m.folder, m.baseline))
        for m in manifests.values()
        if m.baseline
    }
    # --- files: one at a time; a bad one is a diagnostic and the loop goes on ---
    documents: dict[str, Document] = {}
    for ref in plan.files:
        name = os.path.basename(ref.abs)
        if name in (MANIFEST_NAME, DEFAULT_BASELINE) or _under(ref.abs, not_articles):
            continue
        manifest = _nearest(ref.abs, manifests, plan.root_abs)
        key = PurePath(os.path.relpath(ref.abs, manifest.folder)).as_posix() if manifest else ""
        if manifest is not None and manifest.excludes(key):
            problems.append(
                Diagnostic(ref.path, EXCLUDED_BY_MANIFEST, skipped=False, excluded=True)
            )
            continue
        try:
            read, found = read_file(
                ref.abs,
                ref.path,
                plan.doc_id(ref),
                entries=manifest.entries_for(key) if manifest else None,
                defaults=manifest.defaults if manifest else None,
                max_bytes=max_bytes,
            )
        except InputError as exc:
            problems.append(Diagnostic(exc.path, exc.reason, line=exc.line))
            continue
        problems += found
        documents.update((doc.id, doc) for doc in read)
    return Corpus(
        documents=tuple(documents[k] for k in sorted(documents)),
        diagnostics=sort_diagnostics(problems),
        root=plan.root,
        baseline=resolve_baseline(manifests.get(plan.root_abs), plan.root),
        entities=_entities(manifests),
        model=_model(manifests.get(plan.root_abs)),
    )


def _under(path: str, excluded: Collection[str]) -> bool:
    # An excluded path is a file (a baseline, a report) or a folder (an extraction cache).
    return path in excluded or any(path.startswith(e + os.sep) for e in excluded)


def _model(manifest: Manifest | None) -> str | None:
    """The root manifest's ``model``; a sub-folder's manifest cannot change the pipeline of a run."""
    return manifest.model if manifest is not None else None


def read_document(
    path: str | PathLike[str],
    *,
    root: str | PathLike[str] | None = None,
    manifest_entry: Mapping[str, object] | None = None,
) -> list[Document]:
    """Read one article file (several documents for JSON records), raising on bad input.

    Args:
        path: the file.
        root: the folder ids are relative to; the file's own folder by default.
        manifest_entry: metadata as a ``[documents."..."]`` manifest table would give it; it wins
            over the file's own metadata.

    Returns:
        The documents the file holds (a bad value only leaves its field empty; warnings are dropped,
        use ``load_corpus`` to see them).

    Raises:
        InputError: the file, or a record in it, cannot be read; the message names file and line.
    """
    given = os.fspath(path)
    absolute = os.path.abspath(given)
    if not os.path.exists(absolute):
        raise InputError(given, NO_SUCH_PATH)
    if os.path.isdir(absolute):
        raise InputError(given, "is a folder, not a file; use load_corpus for folders")
    base = os.path.abspath(os.fspath(root)) if root is not None else os.path.dirname(absolute)
    doc_id = PurePath(os.path.relpath(absolute, base)).as_posix()
    entries = {}
    if manifest_entry is not None:
        entries[""], _ = entry_layer(manifest_entry, name=doc_id, path=given)
    documents, problems = read_file(absolute, given, doc_id, entries=entries)
    for problem in problems:
        if problem.skipped:
            raise InputError(problem.path, problem.message, line=problem.line)
    return documents


def _nearest(file: str, manifests: Mapping[str, Manifest], root: str) -> Manifest | None:
    folder = os.path.dirname(file)
    while True:
        if folder in manifests:
            return manifests[folder]
        parent = os.path.dirname(folder)
        if folder == root or parent == folder:
            return None
        folder = parent


def _entities(manifests: Mapping[str, Manifest]) -> tuple[Entity, ...]:
    # A deeper manifest's entity overrides a shallower one's with the same id.
    merged: dict[str, Entity] = {}
    for folder in sorted(manifests, key=lambda f: (f.count(os.sep), f)):
        merged.update((e.id, e) for e in manifests[folder].entities)
    return tuple(merged[k] for k in sorted(merged))


def sort_diagnostics(problems: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Return the diagnostics once each, by path, line and message: the order every report uses."""
    unique = set(problems)
    return tuple(sorted(unique, key=lambda d: (d.path, d.line or 0, d.message, d.skipped)))

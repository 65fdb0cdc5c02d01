"""Read one article file into Documents: text with a header or front matter, raw text, or JSON records.

Whole-file problems raise InputError; problems with one record or one metadata value come back as
diagnostics beside the documents that could be read.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePath

from crosscheck.errors import InputError
from crosscheck.ingest.decode import decode
from crosscheck.ingest.fields import IGNORED_KEYS, Layer, build_layer, make_document, resolve
from crosscheck.ingest.frontmatter import split_front_matter
from crosscheck.ingest.header import split_header
from crosscheck.ingest.infer import infer_fields
from crosscheck.ingest.records import NO_MAINTEXT, Record, read_json, read_json_lines
from crosscheck.model import Diagnostic, Document, MetaSource

TEXT_SUFFIXES = (".markdown", ".md", ".txt")
RECORD_SUFFIXES = (".json", ".jsonl")
ARTICLE_SUFFIXES = tuple(sorted(TEXT_SUFFIXES + RECORD_SUFFIXES))
NO_BODY = "no article text after the metadata"
# Articles are tens of kilobytes; a file past this is a dump, a log or an attack, and reading it would
# hold the run for minutes. ``--max-bytes`` / ``load_corpus(max_bytes=)`` move the limit.
DEFAULT_MAX_BYTES = 2_000_000


def too_large(size: int, limit: int) -> str:
    """Return the message for a file above the size limit."""
    return f"file is {size:,} bytes, above the limit of {limit:,} (raise it with --max-bytes)"


def unsupported(path: str) -> str:
    """Return the message for a file whose type is not an article type."""
    suffix = PurePath(path).suffix
    kind = f"{suffix!r}" if suffix else "(no extension)"
    return f"unsupported file type {kind}; articles are {', '.join(ARTICLE_SUFFIXES)}"


def read_file(
    file: str,
    path: str,
    doc_id: str,
    *,
    entries: Mapping[str, Layer] | None = None,
    defaults: Layer | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[Document], list[Diagnostic]]:
    """Read one article file.

    Args:
        file: the file to open.
        path: the file as the user would open it (``Document.path`` and messages).
        doc_id: the file's document id (records add ``#<line>`` or ``#<index>``).
        entries: manifest entries for this file, by id suffix (``""`` for the file itself).
        defaults: the manifest's ``[defaults]``.
        max_bytes: a larger file is not read (an InputError says so).

    Returns:
        ``(documents, diagnostics)``.

    Raises:
        InputError: the file cannot be read at all (type, permission, encoding, empty, binary, bad JSON).
    """
    entries = entries or {}
    suffix = PurePath(path).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(path, unsupported(path))
    if not os.path.isfile(file):
        raise InputError(path, "not a regular file")  # a pipe or device would block or never end
    try:
        size = os.path.getsize(file)
        if size > max_bytes:
            raise InputError(path, too_large(size, max_bytes))
        data = Path(file).read_bytes()
    except PermissionError:
        raise InputError(path, "cannot read file: permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    text = decode(data, path)
    if suffix in TEXT_SUFFIXES:
        return _from_text(text, path, doc_id, entries, defaults)
    if suffix == ".json":
        records, problems = read_json(text, path)
    else:
        records, problems = read_json_lines(text, path)
    documents, more = _from_records(records, path, doc_id, entries, defaults)
    return documents, problems + more


STDIN_ID = "<stdin>"


def read_text(data: bytes, path: str = STDIN_ID) -> list[Document]:
    """Read one article given as bytes (standard input, say) as a text file would be read.

    Raises:
        InputError: the bytes are not text, or hold no article.
    """
    documents, _ = _from_text(decode(data, path), path, path, {}, None)
    return documents


def _from_text(
    text: str, path: str, doc_id: str, entries: Mapping[str, Layer], defaults: Layer | None
) -> tuple[list[Document], list[Diagnostic]]:
    front, problems = split_front_matter(text, path)
    own: Layer | None = None
    taken = 0
    if front is not None:
        own, found = build_layer(
            front.pairs, source=MetaSource.FRONT_MATTER, path=path, what="front matter key"
        )
        taken = front.lines
    else:
        header, found = split_header(text, path)
        if header is not None:
            own, more = build_layer(
                header.pairs, source=MetaSource.HEADER, path=path, what="header key"
            )
            found += more
            taken = header.lines
    problems += found
    # The text is the body alone (no extractor reads metadata as article text); first_line keeps
    # every span's line the one an editor shows for the file.
    parts = text.split("\n", taken)
    body = parts[taken] if len(parts) > taken else ""
    if not body.strip():
        raise InputError(path, NO_BODY)
    entry = entries.get("")
    layers = [layer for layer in (entry, own, defaults) if layer is not None]
    # The page's own furniture is read when nothing dates the document (resolve calls this only
    # then): a header that names the title and outlet but not the day leaves the date line above
    # the body as the one printed date there is. A manifest entry is the user's word on this file,
    # so what it leaves out stays unknown.
    infer = (lambda order: infer_fields(body, order)) if entry is None else None
    fields, sources, more = resolve(layers, infer)
    document = make_document(doc_id, path, body, fields, sources, first_line=taken + 1)
    return [document], problems + more


def _from_records(
    records: list[Record],
    path: str,
    doc_id: str,
    entries: Mapping[str, Layer],
    defaults: Layer | None,
) -> tuple[list[Document], list[Diagnostic]]:
    documents: list[Document] = []
    problems: list[Diagnostic] = []
    for record in records:
        maintext = record.table.get("maintext")
        if not isinstance(maintext, str) or not maintext.strip():
            problems.append(Diagnostic(path, NO_MAINTEXT, line=record.line))
            continue
        pairs = [(k, v, record.line) for k, v in record.table.items() if k != "maintext"]
        own, found = build_layer(
            pairs, source=MetaSource.RECORD, path=path, what="record field", ignored=IGNORED_KEYS
        )
        layers = [
            layer
            for layer in (entries.get(record.suffix), entries.get(""), own, defaults)
            if layer is not None
        ]
        fields, sources, more = resolve(layers)
        text = maintext.replace("\r\n", "\n").replace("\r", "\n")
        documents.append(
            make_document(
                doc_id + record.suffix, path, text, fields, sources, first_line=record.line
            )
        )
        problems += found + more
    return documents, _once(problems)


def _once(problems: list[Diagnostic]) -> list[Diagnostic]:
    # An unknown field repeated in every record of a feed is one problem, reported at its first line.
    seen: set[tuple[str, str, bool]] = set()
    kept = []
    for problem in problems:
        key = (problem.path, problem.message, problem.skipped)
        if problem.message.startswith("unknown record field") and key in seen:
            continue
        seen.add(key)
        kept.append(problem)
    return kept

"""The extraction cache: each document's claims, kept between runs so a CI gate re-reads only what changed.

Extraction is pure per document, so its result is a function of the document and of everything that
shapes extraction. The cache key is a SHA-256 over all of it: the document (text and metadata, as
JSON), the spaCy pipeline's name and version, a fingerprint of crosscheck's own code and data files
(``crosscheck/**`` — so any change to a rule, a word list or the registry misses), the corpus's own
registry entries, and the registered extractors with their contracts. Change any part and the entry
is not found; nothing is ever invalidated by hand.

Entries live in SQLite (the standard library's ``sqlite3``: one file, transactions, safe under
concurrent runs in WAL mode with a busy timeout). A value is the claims as JSON (never pickle: a cache
directory is a file on disk anyone could have written) with its SHA-256; an entry that does not
verify or does not parse is reported, dropped and recomputed, never trusted. Values are
zlib-compressed (claims JSON is repetitive: about 60 KB an article, 8 KB compressed). The cache is capped in
bytes; past the cap the least recently used entries go (recency is a counter, not a clock).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from crosscheck import plugins
from crosscheck.ingest.walk import OWN_STATE
from crosscheck.model import Claim, Diagnostic, Document, Entity, ModelInfo
from crosscheck.serialize import Pool, claims_from_json, claims_to_json, to_data

CACHE_DIR_NAME = OWN_STATE  # the walk leaves it out silently: state, not input
CACHE_FILE = "extraction.sqlite"
ENV_CACHE_DIR = "CROSSCHECK_CACHE_DIR"
# A news article's claims are about 60 KB of JSON, 8 KB compressed: 256 MB holds some 30,000.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
SCHEMA = 2
# Seconds a run waits for another run's write to finish before giving up on the cache for now.
BUSY_TIMEOUT = 30.0

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_fingerprint() -> str:
    """SHA-256 over crosscheck's own source and data files (names and bytes), once per process."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".toml", ".json", ".txt"):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def context_fingerprint(model: ModelInfo, entities: Sequence[Entity]) -> str:
    """SHA-256 of everything besides the document that shapes extraction in this run."""
    plugins.load_builtins()  # the extractors in force, and the claim detail types they read back
    extractors = [
        (
            name,
            f"{fn.__module__}.{getattr(fn, '__qualname__', repr(fn))}",
            to_data(plugins.CONTRACTS.get(name)),
        )
        for name, fn in sorted(plugins.EXTRACTORS.items())
    ]
    parts = {
        "schema": SCHEMA,
        "code": code_fingerprint(),
        "model": [model.name, model.version],
        "entities": to_data(tuple(entities)),
        "extractors": extractors,
    }
    return _sha(json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str))


def document_key(document: Document, context: str) -> str:
    """The cache key of one document's claims in one extraction context."""
    data = json.dumps(to_data(document), sort_keys=True, ensure_ascii=False, default=str)
    return _sha(context + "\0" + data)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def default_dir(root: str | None) -> Path:
    """Where the cache lives: ``$CROSSCHECK_CACHE_DIR``, else ``.crosscheck-cache`` in the corpus root."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    return Path(root or ".") / CACHE_DIR_NAME


class ExtractionCache:
    """Claims by document key, in one SQLite file under ``folder``.

    Any failure of the cache itself (a locked, unreadable or corrupt database) turns into a
    diagnostic and a cold run: a cache can make a run faster, never wrong and never fail it.
    """

    def __init__(self, folder: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.diagnostics: list[Diagnostic] = []
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = _open(self.folder / CACHE_FILE)
        except (OSError, sqlite3.Error) as exc:
            self._fail(f"cannot open the extraction cache ({exc}); extracting without it")

    def _fail(self, message: str) -> None:
        self.diagnostics.append(Diagnostic(str(self.folder), message, skipped=False))
        if self._db is not None:
            self._db.close()
        self._db = None

    def get_many(self, keys: Iterable[str], pool: Pool | None = None) -> dict[str, list[Claim]]:
        """Return the verified claims of every key found; a bad entry is dropped and reported.

        ``pool``: the run's :class:`crosscheck.serialize.Pool`, so that the claims read hold one
        copy of each distinct string and integer.
        """
        found: dict[str, list[Claim]] = {}
        if self._db is None:
            return found
        wanted = sorted(set(keys))
        bad: list[str] = []
        # Decoded a batch at a time, so that no more than one batch's compressed entries are held
        # at once (all of them would be some 80 MB at 10,000 articles).
        for i in range(0, len(wanted), 500):  # 500: within SQLite's limit on bound parameters
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._db.execute(
                    f"SELECT key, digest, payload FROM entries WHERE key IN ({marks})", chunk
                ).fetchall()
            except sqlite3.Error as exc:
                self._fail(f"cannot read the extraction cache ({exc}); extracting without it")
                return found  # what was read and verified so far is sound
            for key, digest, payload in rows:
                claims = _decode(digest, payload, pool)
                if claims is None:
                    bad.append(key)
                else:
                    found[key] = claims
            del rows
        if bad:
            self.diagnostics.append(
                Diagnostic(
                    str(self.folder / CACHE_FILE),
                    f"{len(bad)} cache entr{'y' if len(bad) == 1 else 'ies'} did not verify; "
                    "ignored and recomputed",
                    skipped=False,
                )
            )
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        self._touch(found, bad)
        return found

    def _touch(self, found: Mapping[str, object], bad: Sequence[str]) -> None:
        assert self._db is not None
        try:
            with _writing(self._db):
                if bad:
                    self._db.executemany("DELETE FROM entries WHERE key = ?", [(k,) for k in bad])
                (top,) = self._db.execute("SELECT COALESCE(MAX(used), 0) FROM entries").fetchone()
                self._db.executemany(
                    "UPDATE entries SET used = ? WHERE key = ?",
                    [(top + 1 + i, k) for i, k in enumerate(sorted(found))],
                )
        except sqlite3.Error as exc:
            self._fail(f"cannot update the extraction cache ({exc}); extracting without it")

    def put_many(self, entries: Mapping[str, Sequence[Claim]]) -> None:
        """Store claims by key, then evict the least recently used entries past the size cap."""
        if self._db is None or not entries:
            return
        try:
            with _writing(self._db):
                (top,) = self._db.execute("SELECT COALESCE(MAX(used), 0) FROM entries").fetchone()
                # A generator: each entry is compressed as it is written, so that the compressed
                # entries of a whole cold run (some 80 MB at 10,000 articles) are never held at once.
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries (key, digest, payload, size, used) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        (key, *_encode(entries[key]), top + 1 + i)
                        for i, key in enumerate(sorted(entries))
                    ),
                )
                self._evict()
        except sqlite3.Error as exc:
            self._fail(f"cannot write the extraction cache ({exc}); results are not kept")

    def _evict(self) -> None:
        assert self._db is not None
        (total,) = self._db.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()
        if total <= self.max_bytes:
            return
        excess = total - self.max_bytes
        doomed: list[tuple[str]] = []
        for key, size in self._db.execute("SELECT key, size FROM entries ORDER BY used"):
            if excess <= 0:
                break
            doomed.append((key,))
            excess -= size
        self._db.executemany("DELETE FROM entries WHERE key = ?", doomed)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _open(path: Path) -> sqlite3.Connection:
    # Runs that start together on a new cache race to set it up. Turning on WAL needs the whole
    # file, and SQLite answers "locked" at once, without waiting out the busy timeout, when two
    # connections that both read the file each ask for it (waiting could deadlock): so setting up
    # is retried, with a growing pause, until BUSY_TIMEOUT has passed. The clock only bounds the
    # waiting; it never shapes a result.
    deadline = time.monotonic() + BUSY_TIMEOUT
    pause = 0.01
    while True:
        # isolation_level=None: transactions are the explicit ones below, never implicit ones.
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            with _writing(db):
                db.execute(
                    "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, "
                    "digest TEXT NOT NULL, payload BLOB NOT NULL, size INTEGER NOT NULL, "
                    "used INTEGER NOT NULL)"
                )
                db.execute("CREATE INDEX IF NOT EXISTS entries_used ON entries (used)")
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if not _busy(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


@contextmanager
def _writing(db: sqlite3.Connection) -> Iterator[None]:
    # BEGIN IMMEDIATE takes the write lock first, waiting out the busy timeout for it. A deferred
    # transaction would read first and ask for the lock later, and in WAL mode a read that another
    # run's write has overtaken fails at once ("database is locked") instead of waiting.
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _encode(claims: Sequence[Claim]) -> tuple[str, bytes, int]:
    # (digest, payload, size) of one entry: the claims' JSON, compressed, and its SHA-256.
    payload = zlib.compress(claims_to_json(claims).encode("utf-8", "surrogatepass"))
    return hashlib.sha256(payload).hexdigest(), payload, len(payload)


def _decode(digest: str, payload: bytes, pool: Pool | None) -> list[Claim] | None:
    # An entry is trusted only if its bytes are the ones written and they read back as claims.
    if not isinstance(payload, bytes) or hashlib.sha256(payload).hexdigest() != digest:
        return None
    try:
        return claims_from_json(zlib.decompress(payload).decode("utf-8", "surrogatepass"), pool)
    except (ValueError, TypeError, RecursionError, zlib.error):
        return None

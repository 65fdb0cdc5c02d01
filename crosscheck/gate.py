"""Gate: compare today's findings with the accepted baseline and decide whether CI passes.

The baseline is a JSON file beside the corpus (``crosscheck-baseline.json`` by default) listing the
discrepancies a reviewer has accepted, one entry per finding, sorted by id and indented so that a
pull request shows exactly what was accepted. ``accept`` rewrites it from today's findings, so it
also shrinks when a discrepancy disappears. It is written atomically: a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from attrs import frozen

from crosscheck.errors import BaselineError
from crosscheck.ingest.structured import ShapeError, parse_json
from crosscheck.model import Corpus, Finding, FindingKind
from crosscheck.sanitize import printable

BASELINE_NAME = "crosscheck-baseline.json"
BASELINE_VERSION = 1
# Categories that fail the gate by default; --strict fails on every discrepancy.
FAILING_CATEGORIES = frozenset({"contradiction"})


@frozen
class Verdict:
    """The gate's decision: the failing findings that no baseline entry accepts, and stale entries."""

    new: tuple[Finding, ...]
    accepted: tuple[Finding, ...]
    stale: tuple[str, ...]  # baseline ids no longer found: `baseline` would drop them

    @property
    def passed(self) -> bool:
        return not self.new


def baseline_path(corpus: Corpus, override: str | os.PathLike[str] | None = None) -> Path:
    """Return where the corpus's baseline lives: ``override``, the manifest's, or beside the corpus.

    Raises:
        BaselineError: the manifest's ``baseline`` leads outside the corpus folder (a manifest
            travels with the articles, so it must not point ``baseline`` at any file on the machine).
    """
    if override is not None:
        path = Path(override)
    elif corpus.baseline:
        path = Path(corpus.baseline)
        root = os.path.realpath(corpus.root or ".")
        real = os.path.realpath(path)
        if not real.startswith(root.rstrip(os.sep) + os.sep):
            raise BaselineError(
                f"{path}: the manifest's baseline must be inside the corpus folder {corpus.root}"
            )
    else:
        path = Path(corpus.root or ".") / BASELINE_NAME
    return path


def gated(findings: Iterable[Finding], *, strict: bool = False) -> list[Finding]:
    """Return the findings the gate judges: contradictions, or every discrepancy when ``strict``."""
    return [
        f
        for f in findings
        if f.kind == FindingKind.DISCREPANCY and (strict or f.category in FAILING_CATEGORIES)
    ]


def load_baseline(path: Path) -> set[str]:
    """Return the accepted finding ids; an absent file accepts nothing.

    Raises:
        BaselineError: the file exists but cannot be read or is not a baseline.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc}") from exc
    try:
        data, _ = parse_json(text)
    except ShapeError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: baseline is not valid JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("accepted"), list):
        raise BaselineError(
            f'{path}: expected an object with an "accepted" list, got {type(data).__name__}'
        )
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(
            f"{path}: expected baseline version {BASELINE_VERSION}, got {data.get('version')!r}"
        )
    ids: set[str] = set()
    for i, entry in enumerate(data["accepted"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise BaselineError(f'{path}: accepted[{i}] has no string "id"')
        ids.add(entry["id"])
    return ids


def judge(findings: Sequence[Finding], accepted: set[str], *, strict: bool = False) -> Verdict:
    """Return the verdict of ``findings`` against the ``accepted`` ids."""
    judged = gated(findings, strict=strict)
    present = {f.id for f in findings}
    return Verdict(
        new=tuple(f for f in judged if f.id not in accepted),
        accepted=tuple(f for f in judged if f.id in accepted),
        stale=tuple(sorted(accepted - present)),
    )


def baseline_entries(findings: Iterable[Finding]) -> list[dict[str, object]]:
    """Return the baseline entries for every discrepancy: what a reviewer needs to see, sorted by id."""
    entries: list[dict[str, object]] = []
    for f in findings:
        if f.kind != FindingKind.DISCREPANCY:
            continue
        entries.append(
            {
                "id": f.id,
                "category": f.category,
                "facet": f.facet,
                "subject": f.subject,
                "documents": list(f.doc_ids),
                "values": sorted({o.value for o in f.observations}),
                "explanation": f.explanation,
            }
        )
    return sorted(entries, key=lambda e: str(e["id"]))


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Write every discrepancy of ``findings`` to the baseline at ``path`` atomically; return the count.

    Raises:
        BaselineError: ``path`` holds something that is not a baseline (an article, say): it is
            never overwritten.
    """
    if path.exists():
        try:
            load_baseline(path)
        except BaselineError as exc:
            raise BaselineError(
                f"refusing to overwrite a file that is not a baseline: {exc}"
            ) from exc
    entries = baseline_entries(findings)
    text = (
        json.dumps({"version": BASELINE_VERSION, "accepted": entries}, ensure_ascii=False, indent=2)
        + "\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777  # keep the mode an existing baseline has
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask  # what a plain new file would get
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)  # mkstemp makes the file private (0600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(entries)


def github_annotations(findings: Iterable[Finding]) -> list[str]:
    """Return a GitHub Actions ``::error`` line for every evidence span of every finding."""
    lines = []
    for f in findings:
        for o in f.observations:
            for span in o.evidence:
                path = _gh_property(o.path or o.doc_id)
                message = _gh_data(f"{f.category}: {f.explanation} [{f.id}]")
                lines.append(f"::error file={path},line={span.line},col={span.column}::{message}")
    return lines


def _gh_data(text: str) -> str:
    # Control characters shown as escapes (crosscheck.sanitize), then GitHub's workflow-command
    # escaping of %, CR and LF, so a message can neither end the command nor start another.
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(text)


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")

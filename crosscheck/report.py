"""Report: the corpus summary and findings, as a Report value and as GitHub-flavoured markdown.

The markdown puts discrepancies first, grouped by subject, each with the sources side by side, the
evidence quoted and ``path:line`` references; then agreements, naming variants and single-source
claims. Article text is escaped so that pipes, backticks, HTML and link syntax in an article never
break the tables or inject markup into the report.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from crosscheck.model import (
    Claim,
    Corpus,
    DocumentSummary,
    Finding,
    FindingKind,
    ModelInfo,
    Observation,
    Report,
)
from crosscheck.names.registry import Registry, registry_for
from crosscheck.sanitize import printable, unlinked
from crosscheck.time.timex import readable

# A section with more findings than this folds into <details> so the report stays scannable.
FOLD_AFTER = 8
# Evidence quotes longer than this are shortened around the middle; the path:line says where the rest is.
QUOTE_CHARS = 240
# Any one cell or line of prose is cut to this many characters (explanations quote values).
CELL_CHARS = 600

# Characters markdown or HTML would interpret. HTML specials become entities; the rest get a backslash.
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")
_WHITESPACE = re.compile(r"\s+")
_ENTITY_ID = re.compile(r"[a-z]+:~?[a-z0-9][a-z0-9-]*")
# The report's sections, in the order a fact-checker reads them: what outlets contradict each other
# on, what one article contradicts itself on, how names and channels differ, then housekeeping.
CONTRADICTIONS = frozenset({"contradiction"})
INCONSISTENCIES = frozenset({"inconsistency"})
HOUSEKEEPING = frozenset({"unanchored", "missing-metadata"})


def build_report(
    corpus: Corpus,
    claims: Iterable[Claim] | Mapping[str, int],
    findings: Iterable[Finding],
    model: ModelInfo | None = None,
) -> Report:
    """Assemble the Report value from a corpus, its claims and the findings about them.

    Args:
        corpus: the documents and input diagnostics.
        claims: the claims, or only their number per document id (:func:`claim_counts`), which
            is all the report keeps of them: a caller can let the claims go first.
        findings: the findings in report order, read once.
        model: the spaCy pipeline the claims were extracted with.
    """
    per_doc = claims if isinstance(claims, Mapping) else claim_counts(claims)
    summaries = tuple(
        DocumentSummary(
            id=d.id,
            path=d.path,
            outlet=d.outlet,
            title=d.title,
            published=d.published,
            published_source=d.sources.get("published"),
            claims=per_doc.get(d.id, 0),
        )
        for d in corpus.documents
    )
    registry = registry_for(corpus.entities)
    return Report(
        documents=summaries,
        findings=tuple(_with_shown(f, registry) for f in findings),
        diagnostics=corpus.diagnostics,
        model=model,
    )


def claim_counts(claims: Iterable[Claim]) -> dict[str, int]:
    """Return the number of claims of each document id (what the report's summary shows)."""
    per_doc: dict[str, int] = {}
    for c in claims:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    return per_doc


def _with_shown(finding: Finding, registry: Registry) -> Finding:
    """Fill each observation's ``shown``: the normalised value as a reader reads it."""
    observations = tuple(
        attrs.evolve(o, shown=shown) if (shown := _reader_value(o, registry)) else o
        for o in finding.observations
    )
    return attrs.evolve(finding, observations=observations)


def _reader_value(o: Observation, registry: Registry) -> str:
    value = o.value
    if date := readable(value):
        return date
    ids = value.split("+")
    if not all(_ENTITY_ID.fullmatch(i) for i in ids):
        return ""
    # An id the registry knows reads as its label; a corpus-local one as the article writes it.
    labels = [registry.label(i) or "" for i in ids]
    if all(labels):
        return ", ".join(labels)
    return o.written if len(ids) == 1 else ""


def escape(text: str, limit: int = CELL_CHARS) -> str:
    """Return article text safe to put inside markdown prose or a table cell, on one line.

    Control characters show as escapes, bare URLs and @mentions are broken so they stay text
    (``crosscheck.sanitize``), HTML and markdown syntax is escaped, and a cell longer than ``limit``
    is cut with an ellipsis, so one huge line of an article cannot flood the report.
    """
    text = printable(_WHITESPACE.sub(" ", text).strip())
    text = unlinked(shorten(text, limit))
    text = "".join(_HTML.get(ch, ch) for ch in text)
    return _MD_SPECIAL.sub(r"\\\1", text)


def shorten(text: str, limit: int = QUOTE_CHARS, *, middle: bool = True) -> str:
    """Return ``text`` cut to ``limit`` characters with an ellipsis in the middle (or at the end)."""
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    if not middle:
        return text[: limit - 1].rstrip() + "…"
    half = (limit - 1) // 2
    return text[:half].rstrip() + " … " + text[-half:].lstrip()


def where(o: Observation) -> str:
    """Return ``path:line`` (or ``path:line:col``-free ``path``) for an observation's first evidence."""
    path = o.path or o.doc_id
    if not o.evidence:
        return path
    return f"{path}:{o.evidence[0].line}"


def sections(report: Report) -> list[tuple[str, list[Finding], str]]:
    """Return the report's sections in reading order: (title, findings, text when empty).

    Every finding is in exactly one section, and the summary counts these same lists.
    """
    discrepancies = [f for f in report.findings if f.kind == FindingKind.DISCREPANCY]
    contradictions = [f for f in discrepancies if f.category in CONTRADICTIONS]
    inconsistencies = [f for f in discrepancies if f.category in INCONSISTENCIES]
    housekeeping = [f for f in discrepancies if f.category in HOUSEKEEPING]
    taken = CONTRADICTIONS | INCONSISTENCIES | HOUSEKEEPING
    variants = [f for f in discrepancies if f.category not in taken]
    agreements = [f for f in report.findings if f.kind == FindingKind.AGREEMENT]
    notes = [f for f in report.findings if f.kind == FindingKind.NOTE]
    return [
        ("Contradictions", contradictions, "No contradiction between the articles."),
        ("Inconsistencies within an article", inconsistencies, "No article contradicts itself."),
        ("Variants", variants, "No naming or reporting variants."),
        ("Housekeeping", housekeeping, "Nothing to tidy: every article is dated."),
        ("Agreements", agreements, "No agreements found."),
        ("Single-source claims", notes, "No single-source claims listed."),
    ]


def to_markdown(report: Report) -> str:
    """Render a Report as markdown (deterministic: the same Report gives the same bytes)."""
    out: list[str] = ["# crosscheck report", ""]
    parts = sections(report)
    out += _summary(report, parts)
    out += _diagnostics(report)
    for title, findings, empty in parts:
        if title == "Single-source claims":
            out += _notes(findings, empty)
        else:
            out += _section(title, findings, empty)
    return "\n".join(out).rstrip("\n") + "\n"


def _notes(findings: Sequence[Finding], empty: str) -> list[str]:
    # Claims only one outlet makes are many and individually minor: a count per facet, the list folded.
    lines = [f"## Single-source claims ({len(findings)})", ""]
    if not findings:
        return [*lines, empty, ""]
    per_facet: dict[str, int] = {}
    for f in findings:
        per_facet[f.facet] = per_facet.get(f.facet, 0) + 1
    lines += ["| facet | claims made by one source only |", "|---|---:|"]
    lines += [f"| `{_code(facet)}` | {n} |" for facet, n in sorted(per_facet.items())]
    lines.append("")
    body: list[str] = []
    for label, group in _by_subject(findings):
        body += [f"### {escape(label)}", ""]
        for f in group:
            body += _finding(f)
    return [
        *lines,
        "<details>",
        f"<summary>{len(findings)} claims</summary>",
        "",
        *body,
        "</details>",
        "",
    ]


def _summary(report: Report, parts: Sequence[tuple[str, list[Finding], str]]) -> list[str]:
    docs = report.documents
    outlets = {d.outlet for d in docs if d.outlet}
    dates = sorted(d.published.isoformat() for d in docs if d.published)
    span = f"{dates[0]} to {dates[-1]}" if dates else "none given"
    skipped = sum(1 for d in report.diagnostics if d.skipped)
    excluded = sum(1 for d in report.diagnostics if d.excluded)
    lines = [
        "## Summary",
        "",
        "| documents | outlets | publication dates | claims | skipped inputs | excluded |",
        "|---:|---:|---|---:|---:|---:|",
        f"| {len(docs)} | {len(outlets)} | {span} | {sum(d.claims for d in docs)} | {skipped} "
        f"| {excluded} |",
        "",
        "| " + " | ".join(title.lower() for title, _, _ in parts) + " |",
        "|" + "---:|" * len(parts),
        "| " + " | ".join(str(len(findings)) for _, findings, _ in parts) + " |",
        "",
    ]
    if report.model is not None:
        lines += [f"Annotated with the spaCy pipeline {escape(str(report.model))}.", ""]
    lines += [
        "| document | outlet | published | from | title | claims |",
        "|---|---|---|---|---|---:|",
    ]
    for d in docs:
        published = d.published.isoformat() if d.published else "not given"
        source = str(d.published_source) if d.published_source else "—"
        lines.append(
            f"| `{_code(d.path)}` | {escape(d.outlet) if d.outlet else 'not given'} | {published} "
            f"| {source} | {escape(shorten(d.title, 80, middle=False)) if d.title else '—'} | {d.claims} |"
        )
    lines.append("")
    return lines


def _diagnostics(report: Report) -> list[str]:
    if not report.diagnostics:
        return []
    lines = ["## Skipped or partly read input", ""]
    for d in report.diagnostics:
        place = d.path if d.line is None else f"{d.path}:{d.line}"
        verdict = "excluded" if d.excluded else "skipped" if d.skipped else "read, with a warning"
        lines.append(f"- `{_code(place)}` ({verdict}): {escape(d.message)}")
    lines.append("")
    return lines


def _section(title: str, findings: Sequence[Finding], empty: str) -> list[str]:
    lines = [f"## {title} ({len(findings)})", ""]
    if not findings:
        return [*lines, empty, ""]
    body: list[str] = []
    for label, group in _by_subject(findings):
        body += [f"### {escape(label)}", ""]
        for f in group:
            body += _finding(f)
    if len(findings) > FOLD_AFTER:
        return [
            *lines,
            "<details>",
            f"<summary>{len(findings)} findings</summary>",
            "",
            *body,
            "</details>",
            "",
        ]
    return lines + body


def _by_subject(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    groups: dict[str, list[Finding]] = {}
    labels: dict[str, str] = {}
    for f in findings:
        groups.setdefault(f.subject, []).append(f)
        labels.setdefault(f.subject, f.subject_label or f.subject)
    return [(labels[s], groups[s]) for s in sorted(groups, key=lambda s: (labels[s].casefold(), s))]


def _finding(f: Finding) -> list[str]:
    lines = [
        f"#### {escape(f.category)} · `{_code(f.facet)}` · id `{f.id}`",
        "",
        escape(f.explanation),
        "",
    ]
    # A column empty for every row says nothing: drop it (attribution, channel).
    attributed = any(o.attributed_to for o in f.observations)
    via = any(o.via for o in f.observations)
    head = ["source", "says", "normalised"]
    head += ["attributed to"] * attributed + ["via"] * via + ["evidence"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for o in f.observations:
        source = escape(o.outlet) if o.outlet else escape(o.doc_id)
        cells = [
            f"{source} (`{_code(where(o))}`)",
            escape(shorten(o.written, 120)),
            escape(o.shown or o.value),
        ]
        if attributed:
            cells.append(escape(o.attributed_to or "—"))
        if via:
            cells.append(escape(o.via or "—"))
        cells.append(escape(shorten(o.quote)) or "—")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if f.diff.opcodes and len(f.diff.texts) == 2:
        lines += [f"Wording diff: {_word_diff(f)}", ""]
    return lines


def _word_diff(f: Finding) -> str:
    a, b = (t.split() for t in f.diff.texts)
    parts: list[str] = []
    # A run of edits between two equal stretches is shown as one change, the old words struck
    # out before the new: an edit-distance alignment may order an insertion before a
    # substitution ("Later, **the** ~~Ines~~ **guard**" for "Ines" -> "the guard").
    for equal, run in itertools.groupby(f.diff.opcodes, key=lambda op: op.tag == "equal"):
        ops = list(run)
        old = escape(" ".join(a[ops[0].a_start : ops[-1].a_end]))
        new = escape(" ".join(b[ops[0].b_start : ops[-1].b_end]))
        if equal:
            parts.append(old)
            continue
        if old:
            parts.append(f"~~{old}~~")
        if new:
            parts.append(f"**{new}**")
    return " ".join(p for p in parts if p)


def _code(text: str) -> str:
    # Inside a code span only backticks and pipes (in tables) matter; drop the former, escape the latter.
    return printable(text).replace("`", "'").replace("|", "\\|")

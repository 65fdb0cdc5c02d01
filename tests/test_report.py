"""The markdown report: layout, escaping of article text, folding, and determinism."""

from __future__ import annotations

import datetime as dt
import re

import attrs
from hypothesis import given

from crosscheck.model import (
    Diagnostic,
    Diff,
    DocumentSummary,
    Finding,
    FindingKind,
    MetaSource,
    Observation,
    Opcode,
    Report,
    Span,
)
from crosscheck.pipeline import crosscheck
from crosscheck.report import FOLD_AFTER, escape, to_markdown
from tests.conftest import SEEDS
from tests.strategies import reports, texts


def finding(
    kind: FindingKind,
    category: str,
    *,
    facet: str = "event.date",
    subject: str = "event:x",
    written: str = "Aug. 18",
    quote: str = "on Aug. 18",
    n: int = 0,
) -> Finding:
    return Finding(
        id=f"{n:016x}",
        kind=kind,
        category=category,
        facet=facet,
        subject=subject,
        subject_label=subject.split(":")[-1],
        observations=(
            Observation(
                "a.txt",
                written,
                "2023-08-18",
                (Span("a.txt", 10, 20, 3, 4),),
                outlet="Outlet A",
                path="corpus/a.txt",
                quote=quote,
            ),
            Observation(
                "b.txt", "Aug. 19", "2023-08-19", (Span("b.txt", 5, 9, 7, 1),), path="corpus/b.txt"
            ),
        ),
        explanation=f"{category} about {subject}",
    )


DOCS = (
    DocumentSummary(
        "a.txt", "corpus/a.txt", "Outlet A", "Title A", dt.date(2023, 8, 1), MetaSource.MANIFEST, 3
    ),
    DocumentSummary("b.txt", "corpus/b.txt", None, None, None, None, 1),
)


def test_summary_table_counts_and_missing_metadata_is_said() -> None:
    report = Report(DOCS, (finding(FindingKind.DISCREPANCY, "contradiction"),))
    md = to_markdown(report)
    assert "| 2 | 1 | 2023-08-01 to 2023-08-01 | 4 | 0 | 0 |" in md
    # one count per section, in the order of the sections, equal to their headings
    heads = re.findall(r"^## (.+) \((\d+)\)$", md, flags=re.M)
    counts = md.split("| contradictions |", 1)[1].splitlines()[2]
    assert counts == "| " + " | ".join(n for _, n in heads) + " |"
    assert heads[0] == ("Contradictions", "1")
    assert "| `corpus/b.txt` | not given | not given | — | — | 1 |" in md


def test_contradictions_first_then_inconsistencies_variants_housekeeping_agreements() -> None:
    report = Report(
        DOCS,
        (
            finding(FindingKind.AGREEMENT, "corroborated", subject="event:agree", n=1),
            finding(
                FindingKind.DISCREPANCY, "variant", facet="entity.name", subject="person:p", n=2
            ),
            finding(FindingKind.DISCREPANCY, "contradiction", subject="event:clash", n=3),
            finding(FindingKind.NOTE, "single-source", subject="event:lonely", n=4),
            finding(FindingKind.DISCREPANCY, "unanchored", subject="document:u", n=5),
            finding(FindingKind.DISCREPANCY, "inconsistency", subject="event:self", n=6),
        ),
    )
    md = to_markdown(report)
    order = [
        md.index(h)
        for h in (
            "## Contradictions (1)",
            "## Inconsistencies within an article (1)",
            "## Variants (1)",
            "## Housekeeping (1)",
            "## Agreements (1)",
            "## Single-source claims (1)",
        )
    ]
    assert order == sorted(order)
    assert (
        md.index("### clash")
        < md.index("### self")
        < md.index("### p")
        < md.index("### u")
        < md.index("### agree")
        < md.index("### lonely")
    )
    # single-source claims: a count per facet, the list folded
    assert "| `event.date` | 1 |" in md and "<summary>1 claims</summary>" in md


def test_evidence_has_path_line_and_quote() -> None:
    md = to_markdown(Report(DOCS, (finding(FindingKind.DISCREPANCY, "contradiction"),)))
    # attribution and channel columns are empty for every row, so they are dropped
    assert "| source | says | normalised | evidence |" in md
    assert "| Outlet A (`corpus/a.txt:3`) | Aug. 18 | 2023-08-18 | on Aug. 18 |" in md
    assert "| b.txt (`corpus/b.txt:7`) | Aug. 19 | 2023-08-19 |" in md


def test_article_text_cannot_break_tables_or_inject_markup() -> None:
    nasty = "a | b `code` <script>alert(1)</script> [link](http://x) ![img](y) **bold**\nnew line"
    md = to_markdown(
        Report(
            DOCS, (finding(FindingKind.DISCREPANCY, "contradiction", written=nasty, quote=nasty),)
        )
    )
    row = next(line for line in md.splitlines() if line.startswith("| Outlet A"))
    assert (
        row.count("|") - row.count("\\|") == 5
    )  # four cells, no extra column from the article's pipe
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "](" not in row.replace("\\](", "")
    assert "`code`" not in row


@given(texts)
def test_escaped_text_has_no_unescaped_specials_and_one_line(text: str) -> None:
    out = escape(text)
    assert "\n" not in out and "<" not in out and ">" not in out
    i = 0
    while i < len(out):
        if out[i] == "\\":
            i += 2
            continue
        assert out[i] not in "|`[]*_~#!"
        i += 1


def test_long_sections_fold_into_details() -> None:
    many = tuple(
        finding(FindingKind.AGREEMENT, "corroborated", subject=f"event:e{i}", n=i)
        for i in range(FOLD_AFTER + 1)
    )
    md = to_markdown(Report(DOCS, many))
    assert "<details>" in md and f"<summary>{FOLD_AFTER + 1} findings</summary>" in md
    assert "<details>" not in to_markdown(Report(DOCS, many[:FOLD_AFTER]))


def test_word_diff_marks_deletions_and_insertions() -> None:
    f = finding(FindingKind.DISCREPANCY, "variant")
    f = Finding(
        **{
            **{k: getattr(f, k) for k in f.__slots__ if not k.startswith("__")},
            "diff": Diff(
                opcodes=(Opcode("equal", 0, 1, 0, 1), Opcode("replace", 1, 2, 1, 2)),
                texts=("a new", "a renewed"),
            ),
        }
    )
    assert "Wording diff: a ~~new~~ **renewed**" in to_markdown(Report(DOCS, (f,)))


def test_word_diff_shows_a_run_of_edits_as_one_change() -> None:
    """An edit-distance alignment may put an insertion before a substitution; the reader sees
    the old words struck out, then the new ones."""
    from crosscheck.statements.matching import word_opcodes

    a, b = "Later, Ines closed the gate", "Later, the guard closed the gate"
    f = finding(FindingKind.DISCREPANCY, "variant")
    f = Finding(
        **{
            **{k: getattr(f, k) for k in f.__slots__ if not k.startswith("__")},
            "diff": Diff(opcodes=word_opcodes(a, b), texts=(a, b)),
        }
    )
    assert "Wording diff: Later, ~~Ines~~ **the guard** closed the gate" in to_markdown(
        Report(DOCS, (f,))
    )


def test_skipped_inputs_are_listed() -> None:
    report = Report(
        DOCS,
        (),
        (
            Diagnostic("corpus/bad.txt", "not UTF-8 or UTF-16 text", None, True),
            Diagnostic("corpus/a.txt", "Published: 'undated' is not a date", 2, False),
        ),
    )
    md = to_markdown(report)
    assert "- `corpus/bad.txt` (skipped): not UTF-8 or UTF-16 text" in md
    assert "- `corpus/a.txt:2` (read, with a warning): Published: 'undated' is not a date" in md
    assert "| 1 |\n" in md  # one skipped input in the summary


@given(reports)
def test_markdown_is_deterministic_and_survives_any_report(report: Report) -> None:
    assert to_markdown(report) == to_markdown(Report.from_json(report.to_json()))


def test_internal_values_reach_the_reader_as_words() -> None:
    f = finding(FindingKind.DISCREPANCY, "unanchored", subject="document:u")
    odd = attrs.evolve(f.observations[0], value="XXXX-04", shown="April, year not given")
    md = to_markdown(Report(DOCS, (attrs.evolve(f, observations=(odd, f.observations[1])),)))
    assert "| April, year not given |" in md and "XXXX" not in md


def test_the_report_builder_names_entities_and_open_years() -> None:
    report = crosscheck(SEEDS)
    shown = {(o.value, o.shown) for f in report.findings for o in f.observations}
    assert ("XXXX-04", "April, year not given") in shown
    assert ("party:democratic-party-of-korea", "Democratic Party of Korea") in shown
    assert not any(o.shown for f in report.findings for o in f.observations if o.value == o.shown)

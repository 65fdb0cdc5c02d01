"""benchmarks/inject_why.py: a cause for every number rewrite the injection yardstick missed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities.claims import quantity_claims

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
STORY = BENCHMARKS / "unseen" / "peru_quake"


@pytest.fixture(scope="module")
def modules() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import inject
        import inject_why

        yield inject, inject_why
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_differing_names_the_segments_of_the_closest_keys(
    modules: tuple[ModuleType, ModuleType],
) -> None:
    _, why = modules
    mine = ["quantity:home|verb=destroy|agent=a|asof=2024-11-13"]
    theirs = [
        "quantity:home|verb=destroy|agent=b|asof=2024-11-12",
        "quantity:home|verb=destroy|asof=2024-11-13",
    ]
    assert why.differing(mine, theirs) == ["agent"]
    assert why.differing(["quantity:x"], ["quantity:y|verb=go"]) == ["noun", "verb"]


def test_keys_whose_coarse_keys_meet_are_told_apart(
    modules: tuple[ModuleType, ModuleType],
) -> None:
    _, why = modules
    docs = [
        Document(id=f"{i}.txt", path=f"{i}.txt", text=t)
        for i, t in enumerate(
            (
                "About 61,000 residents voted in the Lindqvarn referendum.",
                "Some 90,000 people cast ballots in the Lindqvarn referendum.",
                "The plant employs 400 people.",
            )
        )
    ]
    voted, cast, employs = (quantity_claims(Analysis(d)) for d in docs)
    assert why.cause(voted, cast) == (why.COARSE, ["noun", "verb"])
    assert why.cause(voted, employs)[0] == why.KEYS_DIFFER


def test_every_missed_number_rewrite_gets_one_known_cause(
    modules: tuple[ModuleType, ModuleType],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    inject, why = modules
    assert inject.main([str(STORY), "--kinds", "number", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    missed = [
        m
        for m in result["mutations"]
        if m["mode"] == "conflict" and m["kind"] == "number" and not m["caught"]
    ]
    rows = why.explain(result, [STORY])
    assert len(rows) == len(missed)
    causes = {
        why.NOT_EXTRACTED,
        why.PARTNERS_NOT_EXTRACTED,
        why.KEYS_DIFFER,
        why.BARE,
        why.WEAK,
        why.COMPATIBLE,
        why.COARSE,
    }
    assert all(r.cause in causes for r in rows)
    # Keys that differ always say in what; other causes name no segment.
    differ = (why.KEYS_DIFFER, why.COARSE)
    assert all(bool(r.segments) == (r.cause in differ) for r in rows)
    saved = tmp_path / "inject.json"
    saved.write_text(json.dumps(result), encoding="utf-8")
    assert why.main([str(saved), str(STORY), "--list"]) == 0
    out = capsys.readouterr().out
    assert f"inject_why: {len(rows)} missed number rewrites" in out


def _place_claims(tmp_path: Path, texts: dict[str, str]) -> list[object]:
    import crosscheck
    from crosscheck.pipeline import corpus_claims

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = crosscheck.load_corpus(str(tmp_path))
    return [c for c in corpus_claims(corpus) if c.facet in ("event.place", "event.participants")]


# (articles, the rewritten article, its new name, the cause): invented stories; the rewritten
# article is "a.txt" as already rewritten, the name's first occurrence the rewritten mention.
PLACE_CASES = [
    (
        {"a.txt": "Mill Fire Sweeps Tarnby Yard\nA fire swept a yard in Corvell on Monday.\n"},
        "Tarnby",
        "headline",
    ),
    (
        {
            "a.txt": "The rain over Tarnby was light.\n",
            "b.txt": "Ann Roe and Bo Lind met in Corvell on Monday.\n",
        },
        "Tarnby",
        "not read as a place: no frame",
    ),
    (
        {
            "a.txt": "Ann Roe and Bo Lind met in Tarnby on Monday.\n",
            "b.txt": "Ann Roe and Bo Lind met in Corvell on Monday.\n",
        },
        "Tarnby",
        "places unknown to each other (new unknown)",
    ),
    (
        {
            "a.txt": "Ann Roe and Bo Lind met at the Harlow Hall in Corvell on Monday.\n",
            "b.txt": "Ann Roe and Bo Lind met in Corvell on Monday.\n",
        },
        "Harlow Hall",
        "places related",
    ),
]


@pytest.mark.parametrize(("texts", "new", "cause"), PLACE_CASES)
def test_a_missed_place_rewrite_gets_its_cause(
    modules: tuple[ModuleType, ModuleType],
    tmp_path: Path,
    texts: dict[str, str],
    new: str,
    cause: str,
) -> None:
    _, why = modules
    claims = _place_claims(tmp_path, texts)
    body = texts["a.txt"]
    start = body.index(new)
    title = body.split("\n", 1)[0]
    first_line = len(title) if not title.endswith(".") else 0
    m = {"new": new, "start": start, "new_end": start + len(new), "before": body[:start]}
    doc_id = next((c.doc_id for c in claims if c.doc_id.endswith("a.txt")), "a.txt")
    assert why.place_cause(claims, doc_id, m, first_line)[0] == cause


def _claims(tmp_path: Path, texts: dict[str, str]) -> list[object]:
    import crosscheck
    from crosscheck.pipeline import corpus_claims

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return list(corpus_claims(crosscheck.load_corpus(str(tmp_path))))


# (articles, the rewritten article's new date, the cause): invented stories; the rewritten article
# is "a.txt" as already rewritten, the date's first occurrence the rewritten mention.
DATE_CASES = [
    (
        {
            "a.txt": "Ann Roe and Bo Lind met in Corvell on Monday.\n",
            "b.txt": "Cy Hart was arrested in Dunmore on Friday.\n",
        },
        "Monday",
        "event of one article",
    ),
    (
        {
            "a.txt": "Ann Roe and Bo Lind met in Corvell on Monday.\n",
            "b.txt": "Ann Roe and Bo Lind met in Corvell.\n",
        },
        "Monday",
        "partners undated",
    ),
    (
        {
            "a.txt": "The Lindqvist Herald\n\nMarch 4, 2023\n\nAnn Roe and Bo Lind met in Corvell.\n",
            "b.txt": "Ann Roe and Bo Lind met in Corvell on Monday.\n",
        },
        "March 4, 2023",
        "page or header date line",
    ),
    (
        {
            "a.txt": "Ann Roe and Bo Lind met in Corvell in March 2023.\n",
            "b.txt": "Ann Roe and Bo Lind met in Corvell on March 3, 2023.\n",
        },
        "March 2023",
        "filed, judged compatible",
    ),
    (
        {
            "a.txt": "The river was high, officials said Tuesday.\n",
            "b.txt": "The river was high, officials said.\n",
        },
        "Tuesday",
        "reporting verb",
    ),
    # an outlet relaying the news ("report_verbs"): the report's date, never the event's
    (
        {
            "a.txt": "Ann Roe will chair the Corvell board, the Dunmore Ledger reported Friday.\n",
            "b.txt": "Ann Roe will chair the Corvell board.\n",
        },
        "Friday",
        "reporting verb",
    ),
]


@pytest.mark.parametrize(("texts", "new", "cause"), DATE_CASES)
def test_a_missed_date_rewrite_gets_its_cause(
    modules: tuple[ModuleType, ModuleType],
    tmp_path: Path,
    texts: dict[str, str],
    new: str,
    cause: str,
) -> None:
    _, why = modules
    claims = _claims(tmp_path, texts)
    start = texts["a.txt"].index(new)
    doc_id = next((c.doc_id for c in claims if c.doc_id.endswith("a.txt")), "a.txt")
    where = (start, start + len(new))
    assert why.date_cause(claims, claims, doc_id, where, where[1])[0] == cause

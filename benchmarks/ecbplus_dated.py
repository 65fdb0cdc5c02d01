"""Count false contradictions on real news when every article has a publication date (run by hand).

ECB+ (``ecbplus_corpus.py``) gives no publication dates, so the checks that only speak within one
news cycle (undated figures, the ``quantity-classes`` check, measures) never fire on it, and
``benchmarks/ecbplus.py`` cannot see their false alarms. This script gives them dates:

- each ECB+ **sub-topic** (``37ecb``, ``37ecbplus``) is run as a corpus of its own: its articles
  were written by several outlets about one real event, so they were published in one news cycle,
  and giving them one shared publication date is a fair assumption (the day itself is made up: the
  year most often written in the sub-topic's text, on 1 July, so that "in 2009" reads as this year
  when the articles are about that year's event);
- ``--spread N`` instead moves each article's date by a seeded random number of days in
  ``[-N, N]`` (``--seed``), so that relative days ("on Monday") read differently across outlets, as
  they would in reports a few days apart.

A contradiction on ECB+ is false by construction as far as this yardstick is concerned: the
articles of a sub-topic report one event, and no number in them was rewritten. Each one is counted
by the check that produced it (``quantity-classes``, ``quantity`` exact keys, strong or within a
news cycle, and the other facets) and, with ``--list``, printed with its evidence lines so that a
person can judge it.

Usage::

    PYTHONPATH=<worktree> python benchmarks/ecbplus_dated.py [PATH] [--split dev|test|train|all]
        [--topics 1,2,...] [--spread 3] [--seed 13] [--list]

``PATH`` defaults to ``../shared/ecbplus`` beside the repository. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ecbplus_corpus import DEFAULT_ROOT, Article, read_topic, split_of, topic_folders

import crosscheck
from crosscheck.model import Finding

CONTRADICTION = "contradiction"
QUOTE_WIDTH = 160  # evidence lines are cut to this width so each stays on one line
DAY_OF_YEAR = (7, 1)  # the made-up month and day of a sub-topic's publication date
FALLBACK_YEAR = 2010  # a sub-topic that writes no year at all
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
# An exact quantity key is "quantity:<noun>|…"; a coarse key of the quantity-classes check is
# "quantity:<measure>/<counted>|…" (crosscheck/quantities/classes.py).
_COARSE = re.compile(r"quantity:[^|/]*/")


@dataclass
class SubtopicScore:
    """The contradictions of one sub-topic, counted by check and listed."""

    subtopic: str
    split: str
    articles: int = 0
    published: str = ""
    by_check: Counter[str] = field(default_factory=Counter)
    listing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def publication_year(articles: Sequence[Article]) -> int:
    """Return the year the sub-topic's articles write most often (ties: the later year)."""
    counts = Counter(int(y) for a in articles for y in _YEAR.findall(a.text))
    if not counts:
        return FALLBACK_YEAR
    return max(counts, key=lambda y: (counts[y], y))


def dates(articles: Sequence[Article], spread: int, seed: int) -> dict[str, dt.date]:
    """Return each article's publication date: one per sub-topic, moved by up to ``spread`` days."""
    day = dt.date(publication_year(articles), *DAY_OF_YEAR)
    out: dict[str, dt.date] = {}
    for a in articles:
        # One generator per article, seeded by its name, so that the date of an article does not
        # depend on which other articles were selected.
        shift = random.Random(f"{seed}:{a.name}").randint(-spread, spread) if spread else 0
        out[a.file_name] = day + dt.timedelta(days=shift)
    return out


def check_of(finding: Finding) -> str:
    """Return the name of the check that produced a contradiction, read from its facet and key."""
    if finding.facet != "quantity":
        return finding.facet
    if _COARSE.match(finding.subject):
        return "quantity-classes"
    if "published within" in finding.explanation:
        return "quantity (news cycle)"
    return "quantity (strong)"


def _line(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)].strip()[:QUOTE_WIDTH]


def listed(finding: Finding, texts: dict[str, str]) -> list[str]:
    """Return a contradiction as a person judges it: its check, explanation and evidence lines."""
    lines = [f"{check_of(finding)}: {finding.explanation}"]
    for obs in finding.observations:
        quote = ""
        if obs.evidence:
            span = obs.evidence[0]
            quote = _line(texts.get(obs.doc_id, ""), span.start, span.end)
        lines.append(f"    {obs.doc_id}: {obs.written!r} | {quote}")
    return lines


def score_subtopic(
    name: str, articles: Sequence[Article], work: Path, spread: int, seed: int
) -> SubtopicScore:
    """Write one sub-topic with publication dates, run crosscheck on it, count its contradictions."""
    score = SubtopicScore(subtopic=name, split=split_of(articles[0].topic), articles=len(articles))
    published = dates(articles, spread, seed)
    score.published = min(published.values()).isoformat()
    target = work / name
    target.mkdir(parents=True, exist_ok=True)
    for a in articles:
        title, _, rest = a.render().partition("\n")
        day = published[a.file_name].isoformat()
        (target / a.file_name).write_text(f"{title}\nPublished: {day}\n{rest}", encoding="utf-8")
    try:
        report = crosscheck.crosscheck(str(target))
    except Exception as exc:  # a crash is a result to report, not a reason to stop the benchmark
        score.errors.append(f"{type(exc).__name__}: {exc}")
        return score
    texts = {a.file_name: a.text for a in articles}
    for finding in report.findings:
        if finding.category != CONTRADICTION:
            continue
        score.by_check[check_of(finding)] += 1
        score.listing.extend(listed(finding, texts))
    return score


def run(
    path: Path, topics: Sequence[str] | None, split: str, spread: int, seed: int
) -> list[SubtopicScore]:
    """Score every sub-topic of the selected ECB+ topics."""
    folders = topic_folders(path, topics)
    if split != "all":
        folders = [f for f in folders if split_of(f.name) == split]
    scores: list[SubtopicScore] = []
    with tempfile.TemporaryDirectory(prefix="ecbplus-dated-") as tmp:
        for folder in folders:
            by_subtopic: dict[str, list[Article]] = {}
            for article in read_topic(folder):
                by_subtopic.setdefault(article.subtopic, []).append(article)
            for name in sorted(by_subtopic):
                scores.append(score_subtopic(name, by_subtopic[name], Path(tmp), spread, seed))
    return scores


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_ROOT), help="the ECB+ folder")
    parser.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    parser.add_argument(
        "--split", choices=("dev", "test", "train", "all"), default="all", help="which topics"
    )
    parser.add_argument(
        "--spread", type=int, default=0, help="move each date by up to this many days (seeded)"
    )
    parser.add_argument("--seed", type=int, default=13, help="the seed of --spread")
    parser.add_argument("--list", action="store_true", help="print every contradiction")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root = Path(args.path)
    if not root.is_dir():
        print(f"ecbplus_dated: no ECB+ folder at {root}", file=sys.stderr)
        return 2
    topics = args.topics.split(",") if args.topics else None
    scores = run(root, topics, args.split, args.spread, args.seed)
    if not scores:
        print("ecbplus_dated: no topic selected", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    for s in scores:
        total.update(s.by_check)
    articles = sum(s.articles for s in scores)
    errors = sum(len(s.errors) for s in scores)
    checks = ", ".join(f"{name} {n}" for name, n in sorted(total.items())) or "none"
    print(
        f"ecbplus_dated[{args.split}, spread ±{args.spread} days, seed {args.seed}]: "
        f"{articles} articles in {len(scores)} sub-topics; contradictions "
        f"{sum(total.values())} ({checks}); errors {errors}"
    )
    if args.list:
        for s in scores:
            if s.listing or s.errors:
                print(f"\n[{s.subtopic}] published {s.published}")
                print("\n".join([*s.listing, *s.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

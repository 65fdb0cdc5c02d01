"""Score crosscheck on real multi-outlet coverage: the ECB+ cross-document yardstick (run by hand).

Each ECB+ topic holds two sub-topics: articles from several outlets about one real event (``ecb``) and
about another event of the same kind (``ecbplus``): two earthquakes in Indonesia, two celebrities
entering rehab. Every topic folder is converted to crosscheck's input form (``ecbplus_corpus.py``) and
run through the library as one corpus, both sub-topics together, as a user who collected coverage of
"earthquakes in Indonesia" would. The findings are then scored against the gold annotation:

- **wrong merges**: event findings (date, place, participants) whose sources span both sub-topics.
  Two different events were treated as one; every such finding is wrong by construction.
- **contradictions per 100 articles**, every one listed so a person can judge it.
- **inconsistencies within an article**: findings that one article contradicts itself (two disjoint
  dates of one event, a dateline against a day it reports as past, a name slip), every one listed.
  ECB+ articles are edited news, so nearly every one is a false finding a user would be shown.
- **event linking**: gold pairs are the article pairs of one sub-topic that share a cross-document
  event (ACTION) chain. A library link is a pair of articles that appear together in one event
  finding (agreement or discrepancy; single-source notes link nothing). Recall and precision of the
  links against the gold pairs; the *strict* variant counts a link only when its evidence in both
  articles overlaps mentions of one gold cross-document chain (of any class: event, time, place or
  participant, since an event finding's evidence is often its date or place).
- **time and place recall**: gold TIME and LOC chains with mentions in two or more articles of a
  sub-topic; one is recalled when an aligned finding on an event date, statement date or event place
  (agreement or discrepancy) has evidence overlapping mentions of that chain in two or more articles.

Usage::

    python benchmarks/ecbplus.py [PATH] [--topics 1,2,...] [--split dev|test|train|all] [--json FILE]
                                  [--list]

``PATH`` defaults to ``../shared/ecbplus`` beside the repository. ``--list`` prints every
contradiction, inconsistency and wrong merge with its evidence lines. ``--misses`` says, for every gold pair the library does not
link, why: the gold event chain the two articles share has no frame in one of them (by the word the
gold marks), a frame that is background or negated, or two frames the aligner kept apart (by the rule
that refused the join, ``crosscheck.events.normalize.why_apart``). Nothing here is timed; nothing in
the library knows ECB+.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ecbplus_corpus import (
    DEFAULT_ROOT,
    Article,
    read_topic,
    split_of,
    topic_folders,
    write_corpus,
)

import crosscheck
from crosscheck import plugins
from crosscheck.events.claims import EventDetails
from crosscheck.events.normalize import FrameRecord, cluster_frames, frame_records, why_apart
from crosscheck.extract import claim_order
from crosscheck.ingest import load_corpus
from crosscheck.model import Claim, Finding, FindingKind, Span
from crosscheck.names.registry import registry_for
from crosscheck.pipeline import extract_all

EVENT_FACETS = frozenset({"event.date", "event.place", "event.participants"})
TIME_FACETS = frozenset({"event.date", "statement.date"})
PLACE_FACETS = frozenset({"event.place"})
CONTRADICTION = "contradiction"
INCONSISTENCY = "inconsistency"
QUOTE_WIDTH = 140  # evidence quotes are cut to this width so each listing stays on one line


@dataclass
class TopicScore:
    """Every count for one topic; the summary adds them up."""

    topic: str
    split: str
    articles: int = 0
    findings: int = 0
    wrong_merges: int = 0
    contradictions: int = 0
    inconsistencies: int = 0
    gold_pairs: int = 0
    linked_pairs: int = 0
    linked_correct: int = 0
    linked_strict: int = 0
    time_chains: int = 0
    time_recalled: int = 0
    place_chains: int = 0
    place_recalled: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[dict[str, object]] = field(default_factory=list)
    loose_links: list[dict[str, object]] = field(default_factory=list)
    contradiction_list: list[dict[str, object]] = field(default_factory=list)
    inconsistency_list: list[dict[str, object]] = field(default_factory=list)
    wrong_merge_list: list[dict[str, object]] = field(default_factory=list)


def _overlaps(span: Span, start: int, end: int) -> bool:
    return span.start < end and start < span.end


class Gold:
    """The gold annotation of one topic, indexed for scoring."""

    def __init__(self, articles: dict[str, Article]) -> None:
        self.articles = articles
        self.subtopic = {doc_id: a.subtopic for doc_id, a in articles.items()}
        # chain -> {doc_id: [(start, end)]}, and chain -> class
        self.chain_docs: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(dict)
        self.chain_class: dict[str, str] = {}
        for doc_id, art in articles.items():
            for m in art.mentions:
                if m.chain is None:
                    continue
                self.chain_docs[m.chain].setdefault(doc_id, []).append((m.start, m.end))
                self.chain_class[m.chain] = m.cls

    def shared_chains(self, cls: str) -> list[str]:
        """Chains of one class with mentions in two or more articles of one sub-topic."""
        out = []
        for chain, docs in self.chain_docs.items():
            if self.chain_class[chain] != cls:
                continue
            by_sub: dict[str, int] = defaultdict(int)
            for doc_id in docs:
                by_sub[self.subtopic[doc_id]] += 1
            if any(n >= 2 for n in by_sub.values()):
                out.append(chain)
        return sorted(out)

    def gold_pairs(self) -> set[tuple[str, str]]:
        """Article pairs of one sub-topic that share a cross-document event chain."""
        pairs: set[tuple[str, str]] = set()
        for chain in self.shared_chains("action"):
            docs = sorted(self.chain_docs[chain])
            for a, b in itertools.combinations(docs, 2):
                if self.subtopic[a] == self.subtopic[b]:
                    pairs.add((a, b))
        return pairs

    def chains_at(self, doc_id: str, spans: Iterable[Span]) -> set[str]:
        """Cross-document chains with a mention in ``doc_id`` overlapping any of ``spans``."""
        spans = list(spans)
        found = set()
        for chain, docs in self.chain_docs.items():
            for start, end in docs.get(doc_id, ()):
                if any(_overlaps(s, start, end) for s in spans):
                    found.add(chain)
                    break
        return found


def _evidence_by_doc(finding: Finding) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = defaultdict(list)
    for obs in finding.observations:
        spans[obs.doc_id].extend(obs.evidence)
    return spans


def _listing(finding: Finding, texts: dict[str, str]) -> dict[str, object]:
    """A finding as a person judges it: facet, explanation, and each source's value and line."""
    sources = []
    for obs in finding.observations:
        text = texts.get(obs.doc_id, "")
        quote = ""
        if obs.evidence:
            span = obs.evidence[0]
            line_start = text.rfind("\n", 0, span.start) + 1
            line_end = text.find("\n", span.end)
            quote = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        sources.append(
            {
                "doc": obs.doc_id,
                "written": obs.written,
                "value": obs.value,
                "line": quote[:QUOTE_WIDTH],
            }
        )
    return {
        "facet": finding.facet,
        "category": finding.category,
        "subject": finding.subject_label or finding.subject,
        "explanation": finding.explanation,
        "sources": sources,
    }


def _line_of(text: str, span: Span) -> tuple[int, int]:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return start, end if end >= 0 else len(text)


def _loose_side(doc_id: str, gold: Gold, spans: Sequence[Span]) -> dict[str, object]:
    """One article's evidence of a loose link, as a person judges it.

    ``state`` says what the gold has there: ``chains`` (the evidence overlaps mentions of
    cross-document chains, listed), ``singleton`` (gold mentions in no cross-document chain),
    ``unmarked`` (the sentence is annotated but not the evidence) or ``unannotated`` (no gold
    mention in the evidence's sentence at all: ECB+ annotates only some sentences).
    """
    article = gold.articles[doc_id]
    text = article.text
    chains = sorted(gold.chains_at(doc_id, spans))
    lines = {_line_of(text, s) for s in spans}
    on_span = [m for m in article.mentions if any(_overlaps(s, m.start, m.end) for s in spans)]
    in_line = [m for m in article.mentions if any(a <= m.start < b for a, b in lines)]
    if chains:
        state = "chains"
    elif on_span:
        state = "singleton"
    elif in_line:
        state = "unmarked"
    else:
        state = "unannotated"
    return {
        "doc": doc_id,
        "state": state,
        "chains": [f"{gold.chain_class[c]}:{c}" for c in chains],
        "evidence": [text[s.start : s.end] for s in spans][:4],
        "line": text[slice(*_line_of(text, spans[0]))][:QUOTE_WIDTH] if spans else "",
    }


def score_topic(folder: Path, work: Path, misses: bool = False) -> TopicScore:
    """Convert one topic, run crosscheck on it and score the findings against the gold."""
    articles = read_topic(folder)
    score = TopicScore(topic=folder.name, split=split_of(folder.name), articles=len(articles))
    target = work / folder.name
    by_id = write_corpus(articles, target)
    try:
        report = crosscheck.crosscheck(str(target))
    except Exception as exc:  # a crash is a result to report, not a reason to stop the benchmark
        score.errors.append(f"{type(exc).__name__}: {exc}")
        return score
    score.errors.extend(str(d) for d in report.diagnostics)
    gold = Gold(by_id)
    texts = {doc_id: a.text for doc_id, a in by_id.items()}
    score.findings = len(report.findings)

    gold_pairs = gold.gold_pairs()
    score.gold_pairs = len(gold_pairs)
    links: set[tuple[str, str]] = set()
    strict: set[tuple[str, str]] = set()
    time_chains = set(gold.shared_chains("time"))
    place_chains = set(gold.shared_chains("location"))
    time_hits: set[str] = set()
    place_hits: set[str] = set()
    link_findings: dict[tuple[str, str], list[Finding]] = defaultdict(list)

    for finding in report.findings:
        if finding.category == CONTRADICTION:
            score.contradictions += 1
            score.contradiction_list.append(_listing(finding, texts))
        elif finding.category == INCONSISTENCY:
            score.inconsistencies += 1
            score.inconsistency_list.append(_listing(finding, texts))
        if finding.kind == FindingKind.NOTE:
            continue
        evidence = _evidence_by_doc(finding)
        docs = sorted(d for d in evidence if d in gold.subtopic)
        if finding.facet in EVENT_FACETS:
            if len({gold.subtopic[d] for d in docs}) > 1:
                score.wrong_merges += 1
                score.wrong_merge_list.append(_listing(finding, texts))
            chains = {d: gold.chains_at(d, evidence[d]) for d in docs}
            for a, b in itertools.combinations(docs, 2):
                links.add((a, b))
                link_findings[(a, b)].append(finding)
                if chains[a] & chains[b]:
                    strict.add((a, b))
        if finding.facet in TIME_FACETS or finding.facet in PLACE_FACETS:
            wanted = time_chains if finding.facet in TIME_FACETS else place_chains
            hits = time_hits if finding.facet in TIME_FACETS else place_hits
            seen: dict[str, int] = defaultdict(int)
            for d in docs:
                for chain in gold.chains_at(d, evidence[d]) & wanted:
                    seen[chain] += 1
            hits.update(c for c, n in seen.items() if n >= 2)

    if misses:
        score.misses = explain_misses(target, gold, sorted(gold_pairs - links))
    for pair in sorted((links & gold_pairs) - strict):
        for finding in link_findings[pair]:
            evidence = _evidence_by_doc(finding)
            score.loose_links.append(
                {
                    "pair": list(pair),
                    "facet": finding.facet,
                    "subject": finding.subject_label or finding.subject,
                    "sides": [_loose_side(d, gold, evidence[d]) for d in pair],
                }
            )
    score.linked_pairs = len(links)
    score.linked_correct = len(links & gold_pairs)
    score.linked_strict = len(strict & gold_pairs)
    score.time_chains = len(time_chains)
    score.time_recalled = len(time_hits)
    score.place_chains = len(place_chains)
    score.place_recalled = len(place_hits)
    return score


def _claims_before_events(target: Path) -> tuple[list[Claim], crosscheck.Corpus]:
    """Return the corpus's claims as the event aligner receives them, and the corpus."""
    corpus = load_corpus(str(target))
    out: Sequence[Claim] = extract_all(corpus.documents, corpus.entities)
    plugins.load_builtins()
    for name in plugins.NORMALIZERS:
        if name == "events":
            break
        out = plugins.NORMALIZERS[name](out, corpus)
    return sorted(out, key=claim_order), corpus


def explain_misses(
    target: Path, gold: Gold, missed: Sequence[tuple[str, str]]
) -> list[dict[str, object]]:
    """Return, for each gold pair not linked, the nearest reason the library kept it apart.

    Of the gold event chains the two articles share, the one that came closest decides: two
    frames on its mentions kept apart by a rule (``why_apart``), then a frame that is background
    or negated, then a frame on one side only, then no frame at all. Frames are found by their
    event words' offsets inside the chain's mentions.
    """
    claims, corpus = _claims_before_events(target)
    _, records = frame_records(claims, corpus)
    registry = registry_for(corpus.entities)
    clusters = cluster_frames(records, registry)
    cluster_of = {r.key: c for c in clusters for r in c.members}
    words: dict[str, tuple[int, ...]] = {
        c.subject: c.details.triggers
        for c in claims
        if isinstance(c.details, EventDetails) and c.facet == "event.participants"
    }
    by_doc: dict[str, list[FrameRecord]] = defaultdict(list)
    for r in records:
        by_doc[r.doc_id].append(r)

    def frames_on(doc_id: str, chain: str) -> list[FrameRecord]:
        spans = gold.chain_docs[chain].get(doc_id, [])
        return [
            r
            for r in by_doc.get(doc_id, [])
            if any(s <= t < e for t in words.get(r.key, (r.start,)) for s, e in spans)
        ]

    def word(doc_id: str, chain: str) -> str:
        text = gold.articles[doc_id].text
        s, e = gold.chain_docs[chain][doc_id][0]
        return text[s:e].lower()

    def line(doc_id: str, chain: str) -> str:
        """The line of the chain's first mention in an article with no frame on it."""
        text = gold.articles[doc_id].text
        s, _ = gold.chain_docs[chain][doc_id][0]
        end = text.find("\n", s)
        return text[text.rfind("\n", 0, s) + 1 : end if end >= 0 else len(text)][:QUOTE_WIDTH]

    out: list[dict[str, object]] = []
    for a, b in missed:
        chains = [
            ch
            for ch, docs in gold.chain_docs.items()
            if gold.chain_class[ch] == "action" and a in docs and b in docs
        ]
        best: tuple[int, str, str, str] | None = None
        for ch in sorted(chains):
            fa, fb = frames_on(a, ch), frames_on(b, ch)
            if fa and fb:
                live_a = [r for r in fa if not r.excluded]
                live_b = [r for r in fb if not r.excluded]
                if not live_a or not live_b:
                    cause = (1, "background or negated", f"{word(a, ch)} / {word(b, ch)}", "")
                else:
                    reasons = sorted(
                        {
                            why_apart(x, cluster_of[y.key], registry) or "joined elsewhere"
                            for x in live_a
                            for y in live_b
                        }
                        | {
                            why_apart(y, cluster_of[x.key], registry) or "joined elsewhere"
                            for x in live_a
                            for y in live_b
                        }
                    )
                    cause = (0, "apart: " + reasons[0], f"{word(a, ch)} / {word(b, ch)}", "")
            elif fa or fb:
                side = b if fa else a
                cause = (2, "frame on one side", word(side, ch), f"{side}: {line(side, ch)}")
            else:
                cause = (3, "no frame", f"{word(a, ch)} / {word(b, ch)}", "")
            if best is None or cause < best:
                best = cause
        if best is not None:
            out.append({"pair": [a, b], "cause": best[1], "words": best[2], "unframed": best[3]})
    return out


def misses_listing(scores: Sequence[TopicScore]) -> str:
    """Return the unlinked gold pairs counted by cause, with the words most often involved."""
    causes: dict[str, int] = defaultdict(int)
    words: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for s in scores:
        for m in s.misses:
            causes[str(m["cause"])] += 1
            words[str(m["cause"])][str(m["words"])] += 1
    lines = ["missed gold pairs by cause:"]
    for cause, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        top = sorted(words[cause].items(), key=lambda kv: (-kv[1], kv[0]))[:12]
        lines.append(f"  {n:5d}  {cause}: " + ", ".join(f"{w!r} x{k}" for w, k in top))
    return "\n".join(lines)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def summarise(scores: Sequence[TopicScore]) -> dict[str, float | int]:
    """Add up topic scores into the figures of the summary line."""
    total = {
        name: sum(getattr(s, name) for s in scores)
        for name in (
            "articles",
            "findings",
            "wrong_merges",
            "contradictions",
            "inconsistencies",
            "gold_pairs",
            "linked_pairs",
            "linked_correct",
            "linked_strict",
            "time_chains",
            "time_recalled",
            "place_chains",
            "place_recalled",
        )
    }
    out: dict[str, float | int] = dict(total)
    out["topics"] = len(scores)
    out["errors"] = sum(len(s.errors) for s in scores)
    out["contradictions_per_100"] = round(
        100 * _ratio(total["contradictions"], total["articles"]), 2
    )
    out["link_recall"] = round(_ratio(total["linked_correct"], total["gold_pairs"]), 3)
    out["link_precision"] = round(_ratio(total["linked_correct"], total["linked_pairs"]), 3)
    out["strict_link_recall"] = round(_ratio(total["linked_strict"], total["gold_pairs"]), 3)
    out["strict_link_precision"] = round(_ratio(total["linked_strict"], total["linked_pairs"]), 3)
    out["time_recall"] = round(_ratio(total["time_recalled"], total["time_chains"]), 3)
    out["place_recall"] = round(_ratio(total["place_recalled"], total["place_chains"]), 3)
    return out


def summary_line(label: str, s: dict[str, float | int]) -> str:
    return (
        f"ecbplus[{label}]: {s['articles']} articles in {s['topics']} topics; "
        f"wrong merges {s['wrong_merges']}; "
        f"contradictions {s['contradictions']} ({s['contradictions_per_100']}/100 articles); "
        f"inconsistencies {s['inconsistencies']}; "
        f"event links R {s['link_recall']:.3f} P {s['link_precision']:.3f} "
        f"(strict R {s['strict_link_recall']:.3f} P {s['strict_link_precision']:.3f}); "
        f"time recall {s['time_recall']:.3f} ({s['time_recalled']}/{s['time_chains']}); "
        f"place recall {s['place_recall']:.3f} ({s['place_recalled']}/{s['place_chains']}); "
        f"errors {s['errors']}"
    )


def table(scores: Sequence[TopicScore]) -> str:
    head = (
        "| topic | split | articles | wrong merges | contradictions | inconsistencies | gold pairs | "
        "links | correct | strict | time | place | errors |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = [
        f"| {s.topic} | {s.split} | {s.articles} | {s.wrong_merges} | {s.contradictions} | "
        f"{s.inconsistencies} | "
        f"{s.gold_pairs} | {s.linked_pairs} | {s.linked_correct} | {s.linked_strict} | "
        f"{s.time_recalled}/{s.time_chains} | {s.place_recalled}/{s.place_chains} | {len(s.errors)} |"
        for s in scores
    ]
    return "\n".join([head, *rows])


def loose_listing(scores: Sequence[TopicScore]) -> str:
    """Return links right by article pair whose evidence overlaps no one gold chain on both sides.

    Each is counted by what the gold has under the two sides' evidence, so that a person can tell
    evidence of the wrong frame (both sides on chains, different ones) from annotation gaps
    (evidence in a sentence ECB+ left unannotated, or on a mention in no cross-document chain).
    """
    kinds: dict[str, int] = defaultdict(int)
    lines = []
    for s in scores:
        for item in s.loose_links:
            sides = item["sides"]  # type: ignore[index]
            kind = " + ".join(sorted(str(side["state"]) for side in sides))  # type: ignore[index]
            kinds[kind] += 1
            lines.append(f"[{s.topic}] {item['facet']} {item['subject']!r} ({kind})")
            for side in sides:  # type: ignore[union-attr]
                lines.append(
                    f"    {side['doc']}: {side['state']} {side['chains']} {side['evidence']!r}"
                    f" | {side['line']}"
                )
    head = ["loose links (right article pair, no shared gold chain under the evidence):"]
    head += [f"  {n:5d}  {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(head + lines)


def listing(scores: Sequence[TopicScore]) -> str:
    lines = []
    for s in scores:
        for kind, items in (
            ("contradiction", s.contradiction_list),
            ("inconsistency", s.inconsistency_list),
            ("wrong merge", s.wrong_merge_list),
        ):
            for item in items:
                lines.append(f"[{s.topic}] {kind}: {item['facet']} — {item['explanation']}")
                for src in item["sources"]:  # type: ignore[attr-defined]
                    lines.append(f"    {src['doc']}: {src['written']!r} | {src['line']}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_ROOT), help="the ECB+ folder")
    parser.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    parser.add_argument(
        "--split", choices=("dev", "test", "train", "all"), default="all", help="which topics"
    )
    parser.add_argument("--json", metavar="FILE", help="write every figure and listing as JSON")
    parser.add_argument(
        "--list", action="store_true", help="print contradictions, inconsistencies and wrong merges"
    )
    parser.add_argument(
        "--misses", action="store_true", help="say why each unlinked gold pair is not linked"
    )
    parser.add_argument(
        "--strict-misses",
        action="store_true",
        help="list links right by article pair whose evidence shares no gold chain",
    )
    return parser.parse_args(argv)


def run(
    path: Path, topics: Sequence[str] | None = None, split: str = "all", misses: bool = False
) -> list[TopicScore]:
    """Score every selected topic of the ECB+ folder at ``path``."""
    folders = topic_folders(path, topics)
    if split != "all":
        folders = [f for f in folders if split_of(f.name) == split]
    with tempfile.TemporaryDirectory(prefix="ecbplus-") as tmp:
        return [score_topic(folder, Path(tmp), misses) for folder in folders]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root = Path(args.path)
    if not root.is_dir():
        print(f"ecbplus: no ECB+ folder at {root}", file=sys.stderr)
        return 2
    topics = args.topics.split(",") if args.topics else None
    scores = run(root, topics, args.split, args.misses)
    if not scores:
        print("ecbplus: no topic selected", file=sys.stderr)
        return 2
    groups = {"all": scores}
    for name in ("train", "dev", "test"):
        part = [s for s in scores if s.split == name]
        if part and len(part) < len(scores):
            groups[name] = part
    summaries = {name: summarise(part) for name, part in groups.items()}
    for name, summary in summaries.items():
        print(summary_line(name, summary))
    print()
    print(table(scores))
    if args.list:
        print()
        print(listing(scores))
    if args.misses:
        print()
        print(misses_listing(scores))
    if args.strict_misses:
        print()
        print(loose_listing(scores))
    if args.json:
        payload = {"summary": summaries, "topics": [asdict(s) for s in scores]}
        Path(args.json).write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

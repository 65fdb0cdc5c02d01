"""Time event alignment alone (``crosscheck.events.normalize.align_events``) at growing corpus sizes.

Run by hand: ``python benchmarks/bench_events.py [--sizes 1000,10000] [--topics 1,13,...]``.

Extracting 10,000 articles takes some twenty minutes; aligning their frames should take a few
seconds and grow no faster than the corpus. So this benchmark extracts the ECB+ topics once (the
claims as the event aligner receives them, kept as JSON in ``--work`` for the next run) and builds
larger corpora by recombining those claims: copy ``k`` of an article is another story of the same
kind (its people the text names but the registry lacks get other surnames, its dates move ``k``
years), under its own document id. Registry people (a president), places and occasions stay as
they are, so the keys they make (class + place, class + a famous person) grow with the corpus, as
they do in real coverage of many stories: those are the blocks the aligner must cap. A size and
the topics always give the same corpus.

For each size it prints the frames, the best of ``--repeat`` wall and CPU times of ``align_events``
(and of its clustering alone), and the ratio t(largest)/t(smallest); linear is about the size
ratio (10 for 1,000 → 10,000 articles). On a shared machine compare the CPU times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ecbplus import _claims_before_events
from ecbplus_corpus import read_topic, write_corpus

from crosscheck.events.claims import LOCAL_PREFIX, EventDetails
from crosscheck.events.normalize import align_events, cluster_frames, frame_records
from crosscheck.model import Claim, Corpus, Document
from crosscheck.names.registry import registry_for
from crosscheck.serialize import claims_from_json, claims_to_json, dumps, loads
from crosscheck.time.claims import DateDetails

ROOT = Path(__file__).resolve().parent.parent
ECBPLUS = ROOT.parent / "shared" / "ecbplus"
LOCAL_PERSON = "person:~"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def source_claims(ecbplus: Path, topics: Sequence[str], work: Path) -> tuple[list[Claim], Corpus]:
    """Return the claims (before event alignment) and the documents of the ECB+ topics.

    Each topic's claims are kept in ``work`` as JSON and read from there on the next run.
    """
    claims: list[Claim] = []
    documents: list[Document] = []
    for topic in topics:
        cached = work / f"{topic}.claims.json"
        docs = work / f"{topic}.docs.json"
        if not cached.exists():
            folder = work / f"topic-{topic}"
            write_corpus(read_topic(ecbplus / topic), folder)
            found, corpus = _claims_before_events(folder)
            cached.write_text(claims_to_json(found))
            docs.write_text(dumps(list(corpus.documents)))
        claims.extend(claims_from_json(cached.read_text()))
        documents.extend(loads(docs.read_text(), list[Document]))
    return claims, Corpus(tuple(sorted(documents, key=lambda d: d.id)))


def _letters(k: int) -> str:
    """Return a short lowercase word for a copy number (0 -> "", 1 -> "b", 26 -> "ba")."""
    out = ""
    while k:
        k, r = divmod(k, 26)
        out = chr(ord("a") + r) + out
    return out


def _shift(day: dt.date | None, years: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _copy_claim(c: Claim, doc_id: str, k: int) -> Claim:
    """Return a claim of copy ``k`` of its article: its own document, people and years."""
    suffix = _letters(k)

    def person(p: str) -> str:
        return f"{p}{suffix}" if p.startswith(LOCAL_PERSON) else p

    def local(s: str) -> str:
        if s.startswith(LOCAL_PREFIX):
            return LOCAL_PREFIX + doc_id + s[len(LOCAL_PREFIX) + len(c.doc_id) :]
        return person(s)

    years = k
    label = c.subject_label
    if c.subject.startswith(LOCAL_PERSON) and label:
        label = f"{label}{suffix}"  # another surname: another person
    details = c.details
    value = c.value
    if isinstance(details, EventDetails):
        details = attrs.evolve(
            details,
            participants=tuple(person(p) for p in details.participants),
            surnames=tuple(f"{s}{suffix}" if s else s for s in details.surnames),
        )
        if c.value:
            value = "+".join(person(p) for p in c.value.split("+"))
    elif isinstance(details, DateDetails) and years:
        details = attrs.evolve(
            details,
            earliest=_shift(details.earliest, years),
            latest=_shift(details.latest, years),
        )
        value = _YEAR.sub(lambda m: str(int(m[0]) + years), value)
    spans = tuple(attrs.evolve(s, doc_id=doc_id) for s in c.evidence)
    return attrs.evolve(
        c,
        doc_id=doc_id,
        subject=local(c.subject),
        subject_label=label,
        value=value,
        details=details,
        evidence=spans,
    )


def recombined(claims: Sequence[Claim], corpus: Corpus, size: int) -> tuple[list[Claim], Corpus]:
    """Return ``size`` articles: the sources in order, then copies of them (see the docstring)."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.doc_id, []).append(c)
    sources = list(corpus.documents)
    out: list[Claim] = []
    documents = []
    for i in range(size):
        k, j = divmod(i, len(sources))
        doc = sources[j]
        doc_id = f"{k:04d}/{doc.id}"
        documents.append(attrs.evolve(doc, id=doc_id, path=doc_id))
        out.extend(_copy_claim(c, doc_id, k) for c in by_doc.get(doc.id, ()))
    return out, Corpus(tuple(sorted(documents, key=lambda d: d.id)))


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """Return the shortest wall time and the shortest CPU time of ``repeat`` runs.

    On a machine shared with other jobs the wall time is what the neighbours leave; the CPU time
    of this process is the work itself, and the figure to compare across sizes.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecbplus", default=str(ECBPLUS), help="the ECB+ folder")
    parser.add_argument("--topics", default="", help="topics to recombine (default: all)")
    parser.add_argument("--sizes", default="1000,10000", help="articles per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (the best counts)")
    parser.add_argument(
        "--work", default=str(ROOT / ".bench-events"), help="where extracted claims are kept"
    )
    args = parser.parse_args(argv)
    ecb = Path(args.ecbplus)
    topics = (
        [t for t in args.topics.split(",") if t]
        if args.topics
        else sorted((p.name for p in ecb.iterdir() if p.is_dir()), key=int)
    )
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    claims, corpus = source_claims(ecb, topics, work)
    print(f"sources: {len(corpus.documents)} articles, {len(claims)} claims, topics {topics}")
    times: dict[int, tuple[float, float]] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        many, big = recombined(claims, corpus, size)
        registry = registry_for(big.entities)
        _, records = frame_records(many, big)
        t_align = best_of(args.repeat, partial(align_events, many, big))
        t_cluster = best_of(args.repeat, partial(cluster_frames, records, registry))
        times[size] = t_align
        print(
            f"{size:6d} articles {len(many):8d} claims {len(records):6d} frames | "
            f"align_events {t_align[0]:7.3f} s wall {t_align[1]:7.3f} s CPU | "
            f"cluster_frames {t_cluster[0]:7.3f} s wall {t_cluster[1]:7.3f} s CPU | "
            f"load {os.getloadavg()[0]:.1f}"
        )
    if len(times) > 1:
        small, large = min(times), max(times)
        print(
            f"align_events t({large})/t({small}) = {times[large][0] / times[small][0]:.2f} wall, "
            f"{times[large][1] / times[small][1]:.2f} CPU (size ratio {large / small:.0f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

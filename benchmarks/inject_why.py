"""Why an injected number or place was missed: one cause for each conflicting rewrite ``inject.py`` missed.

The injection yardstick (``benchmarks/inject.py``) says how many rewritten numbers were caught; this
script says why the others were not, so that work goes to the biggest cause. It reads the JSON that
``inject.py --json`` wrote, extracts the claims of each unmodified corpus once (a rewrite changes a
value, not the words around it, so the keys are those of the unmodified text) and gives each missed
number rewrite the first cause that applies:

- ``not extracted``: no quantity claim has evidence on the rewritten mention;
- ``partners not extracted``: it has one, but no other article's mention of the same fact does;
- ``keys differ``: the partners' claims have other subject keys, so the claims never meet (the
  listing names the key segments that differ from the closest partner: noun, verb, agent, time …);
- ``coarse keys meet, held back``: the exact keys differ but the coarse keys of the
  ``quantity-classes`` check meet (``crosscheck/quantities/classes.py``), and that check held its
  verdict back (owners or days that split the block, a document giving two figures, publication
  dates further apart than a news cycle, no owner or day named …);
- ``bare key``: they share a key, but a bare one, which is never compared;
- ``weak key, not in a news cycle``: they share a weak key that may not contradict (no named agent,
  a mood, a present perfect …, see docs/quantities.md, "Undated figures");
- ``compared, judged compatible``: they share a key that is compared, and the rewritten value still
  fits (the tolerances for "about" and round figures) or the publication dates are too far apart.

A missed place rewrite (``--kinds place``) gets the first of these causes. Its claims are read from
the rewritten corpus (the new name decides what is read and how it relates), the partners' from the
same run:

- ``headline``: the rewritten name is in the article's title (a first line with no closing stop;
  ``inject.py`` counts these apart from its main figure in its default ``--place-mode like``);
- ``origin``: no frame places the event at the new name, but a frame holds it as where its people
  are from ("a Toledo man", "X, of Toledo"), which is never compared with a place;
- ``not read as a place``: no event frame of the article holds the new name (``no frame`` when no
  frame has a word near it at all: a sentence of no event class; ``after of/from`` when the name
  follows "of" or "from": "X, 23, of Toledo", "reports from the capital", where someone or something
  comes from rather than where the event happened);
- ``event of one article``: a frame places the event there, but its event is told by no other
  article (the frame was not lined up with the others');
- ``others place it nowhere``: the event is lined up, but no other article gives it a place;
- ``places unknown to each other``: lined up and placed elsewhere too, but no pair of places is
  known to clash (the registry lacks one or both and no text relates them; the listing says which
  of the two names the registry knows);
- ``places related``: the new place is the same as, or nested with, the others' (a venue inside the
  city the others name).

A missed date rewrite (``--kinds weekday,date,month,year``) gets the first of these causes. Its
claims are read from the rewritten corpus (the new date decides which event a frame joins and
whether the date is filed with it), beside the unmodified corpus's (to tell a split):

- ``page or header date line``: the only claim on the new date is the page's publication date
  (a date line above the body), which no event's date is compared with;
- ``not read as a date``: no date claim has evidence on it;
- ``reporting verb``: it dates a saying ("officials said Tuesday") or an outlet's relaying of the
  news ("CNN reported Friday", ``report_verbs``), which by design never dates the reported event;
- ``dates no frame``: it dates a word no event frame of the article holds (a verb of no event
  class, a frame the parse did not open; ``a noun's own date`` when the parse attached it as
  saying which one an event noun is, "the Monday attack", "the 2007 ceremony", and no frame
  holds that noun; the listing names the word the date was attached to);
- ``background or negated event``: the frame it dates is an earlier event mentioned in passing
  ("since the 2009 quake"), a date long before the others, or a negated one, which joins no event;
- ``event of one article``: the frame it dates is lined up with no other article's (``split off
  by the new date`` when the unmodified corpus lined it up: the rewrite made it another event);
- ``not filed with its event: the new date left out``: the frame is lined up and the old date
  was filed, but the new one is not: the event keeps the others' day, and the member is not
  identified firmly enough for its date to stand against it (one weekday of a frame naming no
  one against one full date, a member joined only through its article's people);
- ``not filed with its event``: lined up, but its date is not filed even unmodified (a member
  joined only through its article's people, whose dates never dissent; a date far from the
  event's interval, read as another occasion the same words name);
- ``partners' dates left out``: filed, but the others' days that disagree with it are not (one
  weekday against one weekday: the event keeps one of them);
- ``partners undated``: filed, but no other article gives the event a date;
- ``partners undated but for "today"``: the others' only dates fix no day (an unanchored "today"
  or "yesterday" in an article with no publication date);
- ``filed, judged compatible``: both sides are compared and the new date still fits (a month
  around a day, a weekday no other date fixes to another day).

Usage::

    python benchmarks/inject.py --kinds place --limit 60 --json > inject.json
    python benchmarks/inject_why.py inject.json ../shared/ecbplus --list

    python benchmarks/inject.py --kinds weekday,date,month,year --topics 2,5 --json > inject.json
    python benchmarks/inject_why.py inject.json ../shared/ecbplus --list

    python benchmarks/inject.py benchmarks/unseen --kinds number --json > inject.json
    python benchmarks/inject_why.py inject.json benchmarks/unseen [--list]

Run it as ``PYTHONPATH=<worktree> python benchmarks/inject_why.py …`` to read a worktree's code.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import inject

import crosscheck
from crosscheck._data import load_toml
from crosscheck.events.claims import LOCAL_PREFIX, EventDetails, places_related
from crosscheck.model import Claim
from crosscheck.names.registry import registry_for
from crosscheck.pipeline import corpus_claims
from crosscheck.quantities.classes import coarse
from crosscheck.quantities.compare import NEWS_CYCLE
from crosscheck.time.claims import PUBLISHED_FACET, DateDetails
from crosscheck.time.compare import claim_span
from crosscheck.time.intervals import fixes_days

QUANTITY_FACETS = ("quantity", "period")
NOT_EXTRACTED = "not extracted"
PARTNERS_NOT_EXTRACTED = "partners not extracted"
KEYS_DIFFER = "keys differ"
BARE = "bare key"
WEAK = "weak key, not in a news cycle"
COMPATIBLE = "compared, judged compatible"
COARSE = "coarse keys meet, held back"
PLACE_FACETS = ("event.place", "event.participants")
HEADLINE = "headline"
ORIGIN = "origin"
NOT_READ = "not read as a place"
FROM = "not read as a place: after of/from"
# "X, 23, of Toledo", "a nurse from northern Ohio", "reports from the capital", "a call came in
# from the hotel": where someone or something comes from, not where the event happened.
_FROM = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?:[a-z]+ern\s+)?\Z", re.I)
NO_FRAME = "not read as a place: no frame"
ONE_ARTICLE = "event of one article"
PLACED_NOWHERE = "others place it nowhere"
UNKNOWN = "places unknown to each other"
RELATED = "places related"
DATE_KINDS = ("weekday", "date", "month", "year")
DATE_FACETS = ("event.date", "statement.date")
FRAME_FACETS = ("event.participants", "event.place")
DATE_LINE = "page or header date line"
NOT_A_DATE = "not read as a date"
REPORTING = "reporting verb"
NO_DATED_FRAME = "dates no frame"
NOUN_NO_FRAME = "dates no frame: a noun's own date"
BACKGROUND = "background or negated event"
SPLIT = "split off by the new date"
NOT_FILED = "not filed with its event"
NOT_FILED_NEW = "not filed with its event: the new date left out"
PARTNERS_LEFT_OUT = "partners' dates left out"
UNDATED = "partners undated"
TODAY = 'partners undated but for "today"'
DATES_COMPATIBLE = "filed, judged compatible"


@dataclass(frozen=True)
class Miss:
    """One missed rewrite: where, what was written instead, why it was missed, and the keys."""

    corpus: str
    article: str
    chain: str
    old: str
    new: str
    cause: str
    segments: tuple[str, ...]  # the key segments that differ from the closest partner's
    keys: tuple[str, ...]  # the rewritten mention's claim keys
    partner_keys: tuple[str, ...]  # the keys of the other articles' mentions of the fact


def _relays(claim: Claim) -> bool:
    """Return whether a date claim dates a verb by which an outlet relays the news ("CNN reported
    Friday"): like a saying's, its date is the report's, by design never the event's (the
    statements extractor keeps these verbs apart as intermediaries, ``report_verbs``)."""
    details = claim.details
    return isinstance(details, DateDetails) and details.trigger_lemma in _report_verbs()


@functools.cache
def _report_verbs() -> frozenset[str]:
    return frozenset(load_toml("reporting_verbs.toml")["en"]["report_verbs"])


def _segments(key: str) -> dict[str, str]:
    """Return a subject key's segments by name: ``noun`` and each ``name=value``."""
    noun, *rest = key.split("|")
    out = {"noun": noun}
    for part in rest:
        name, _, value = part.partition("=")
        out[name] = value
    return out


def differing(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """Return the segment names in which the closest pair of keys differ (fewest differences)."""
    best: list[str] | None = None
    for a in mine:
        for b in theirs:
            sa, sb = _segments(a), _segments(b)
            diff = sorted(k for k in sa.keys() | sb.keys() if sa.get(k) != sb.get(k))
            if best is None or len(diff) < len(best):
                best = diff
    return best or []


def _on(claims: Sequence[Claim], doc_id: str, start: int, end: int) -> list[Claim]:
    return [
        c
        for c in claims
        if any(e.doc_id == doc_id and e.start < end and start < e.end for e in c.evidence)
    ]


def _blocks(claims: Sequence[Claim]) -> set[str]:
    """Return the coarse blocks of the claims (which do not depend on publication dates)."""
    return {k.block for c in claims if (k := coarse(c, None, NEWS_CYCLE)) is not None}


def cause(mine: Sequence[Claim], partners: Sequence[Claim]) -> tuple[str, list[str]]:
    """Return the cause of one miss and, for differing keys, the segments that differ."""
    if not mine:
        return NOT_EXTRACTED, []
    if not partners:
        return PARTNERS_NOT_EXTRACTED, []
    theirs = {c.subject for c in partners}
    shared = [c for c in mine if c.subject in theirs]
    if not shared:
        segments = differing(sorted({c.subject for c in mine}), sorted(theirs))
        if _blocks(mine) & _blocks(partners):
            return COARSE, segments
        return KEYS_DIFFER, segments
    strengths = {str(getattr(c.details, "strength", "")) for c in shared}
    if strengths <= {"bare"}:
        return BARE, []
    if "strong" in strengths:
        return COMPATIBLE, []
    keys = {c.subject for c in shared}
    sides = [c for c in [*shared, *partners] if c.subject in keys]
    if all(getattr(c.details, "news_cycle", False) for c in sides):
        return COMPATIBLE, []
    return WEAK, []


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in re.findall(r"[^\W_]+", text))


def _names(entity_id: str, name: str, registry_names: frozenset[str]) -> bool:
    """Return whether a place id stands for the name as written (by its words or the registry)."""
    slug = entity_id.split(":", 1)[-1].lstrip("~")
    words = _name_words(name.split(",")[0])
    return bool(words) and (words <= set(slug.split("-")) or entity_id in registry_names)


def place_cause(
    claims: Sequence[Claim], doc_id: str, m: dict[str, object], first_line: int
) -> tuple[str, list[str], list[str]]:
    """Return why a place rewrite was missed, the rewritten article's event subjects that hold the
    new name, and the places other articles give those events.

    ``claims`` are the rewritten corpus's, ``doc_id`` the rewritten document's id among them.
    """
    new = str(m["new"])
    start, end = int(str(m["start"])), int(str(m["new_end"]))
    registry = registry_for()
    known = frozenset(registry.resolve(new.split(",")[0]))
    if start < first_line:
        return HEADLINE, [], []
    mine = [c for c in claims if c.doc_id == doc_id and c.facet in PLACE_FACETS]
    holding = [
        c
        for c in mine
        if isinstance(c.details, EventDetails)
        and any(_names(p, new, known) for p in c.details.places)
    ]
    if not holding:
        origins = [
            c
            for c in mine
            if isinstance(c.details, EventDetails)
            and any(_names(p, new, known) for p in c.details.origins)
        ]
        if origins:
            return ORIGIN, [], []
        on_line = [
            c
            for c in mine
            if isinstance(c.details, EventDetails)
            and any(start - 300 <= t <= end + 300 for t in c.details.triggers)
        ]
        if not on_line:
            return NO_FRAME, [], []
        before = str(m.get("before", ""))
        return (FROM if _FROM.search(before) else NOT_READ), [], []
    subjects = sorted({c.subject for c in holding})
    others = [c for c in claims if c.subject in subjects and c.doc_id != doc_id]
    if not others:
        return ONE_ARTICLE, subjects, []
    theirs = [c for c in others if c.facet == "event.place"]
    if not theirs:
        return PLACED_NOWHERE, subjects, []
    places = sorted({c.value for c in theirs})
    mine_sides = [
        (p, c.details.places, c.details.grain)
        for c in holding
        if c.facet == "event.place" and isinstance(c.details, EventDetails)
        for p in (c.value,)
    ]
    their_sides = [
        (c.value, c.details.places, c.details.grain)
        for c in theirs
        if isinstance(c.details, EventDetails)
    ]
    relations = {places_related(a, b, registry) for a in mine_sides for b in their_sides}
    if True in relations and False not in relations:
        return RELATED, subjects, places
    which = "new known" if known else "new unknown"
    return f"{UNKNOWN} ({which})", subjects, places


def _frame_subjects(claims: Sequence[Claim], doc_id: str, offset: int) -> set[str]:
    """Return the subjects of the article's frames one of whose event words is at ``offset``."""
    return {
        c.subject
        for c in claims
        if c.doc_id == doc_id
        and c.facet in FRAME_FACETS
        and isinstance(c.details, EventDetails)
        and (offset in c.details.triggers or offset in c.details.borrowed)
    }


def _aligned(subject: str) -> bool:
    return not subject.startswith(LOCAL_PREFIX)


def _shared(claims: Sequence[Claim], subjects: set[str], doc_id: str) -> bool:
    """Return whether another article has a frame under one of ``subjects``."""
    return any(
        c.subject in subjects and c.doc_id != doc_id for c in claims if c.facet in FRAME_FACETS
    )


def _left_out(claims: Sequence[Claim], subjects: set[str], doc_id: str) -> bool:
    """Return whether another article's frame of the event dates it by a day the event left out."""
    words = {
        (c.doc_id, t)
        for c in claims
        if c.facet in FRAME_FACETS
        and c.subject in subjects
        and c.doc_id != doc_id
        and isinstance(c.details, EventDetails)
        for t in c.details.triggers
    }
    return any(
        c.facet == "event.date"
        and not _aligned_date(c)
        and isinstance(c.details, DateDetails)
        and (c.doc_id, c.details.trigger_start) in words
        and fixes_days(claim_span(c))
        for c in claims
    )


def _aligned_date(c: Claim) -> bool:
    """Return whether a date claim is filed with an event (its subject is no local one)."""
    return "@" not in c.subject


def date_cause(
    claims: Sequence[Claim],
    before: Sequence[Claim],
    doc_id: str,
    where: tuple[int, int],
    old_end: int,
) -> tuple[str, list[str]]:
    """Return why a date rewrite was missed and the subjects of what it dates.

    ``claims`` are the rewritten corpus's, ``before`` the unmodified corpus's (only read to tell
    a frame the rewrite split off), ``where`` the new date's offsets in the document and
    ``old_end`` the end of the date it replaced.
    """
    start, end = where
    on = _on(claims, doc_id, start, end)
    dated = [c for c in on if c.facet in DATE_FACETS]
    if not dated:
        return (DATE_LINE if any(c.facet == PUBLISHED_FACET for c in on) else NOT_A_DATE), []
    filed = {c.subject for c in claims if c.facet in FRAME_FACETS and _aligned(c.subject)}
    mine = [c for c in dated if c.subject in filed]
    if not mine:
        offsets = {
            c.details.trigger_start
            for c in dated
            if isinstance(c.details, DateDetails) and c.details.trigger_start is not None
        }
        frames = set().union(*(_frame_subjects(claims, doc_id, t) for t in offsets))
        if not frames:
            # The words the date was attached to, for reading the miss (--list).
            words = sorted(
                {f"word: {c.details.trigger}" for c in dated if isinstance(c.details, DateDetails)}
            )
            if all(c.facet == "statement.date" or _relays(c) for c in dated):
                return REPORTING, words
            if any(
                isinstance(c.details, DateDetails) and c.details.modifies_trigger for c in dated
            ):
                return NOUN_NO_FRAME, words
            return NO_DATED_FRAME, words
        aligned = {s for s in frames if _aligned(s)}
        if not aligned:
            return BACKGROUND, sorted(frames)
        if not _shared(claims, aligned, doc_id):
            earlier = set().union(*(_frame_subjects(before, doc_id, t) for t in offsets))
            if _shared(before, {s for s in earlier if _aligned(s)}, doc_id):
                return SPLIT, sorted(aligned)
            return ONE_ARTICLE, sorted(aligned)
        was = {c.subject for c in _on(before, doc_id, start, old_end) if c.facet in DATE_FACETS}
        if was & {c.subject for c in before if c.facet in FRAME_FACETS and _aligned(c.subject)}:
            return NOT_FILED_NEW, sorted(aligned)
        return NOT_FILED, sorted(aligned)
    subjects = {c.subject for c in mine}
    theirs = [
        c for c in claims if c.facet in DATE_FACETS and c.subject in subjects and c.doc_id != doc_id
    ]
    if not any(fixes_days(claim_span(c)) for c in theirs) and _left_out(claims, subjects, doc_id):
        return PARTNERS_LEFT_OUT, sorted(subjects)
    if not theirs:
        if not _shared(claims, subjects, doc_id):
            earlier = {
                c.subject for c in _on(before, doc_id, start, old_end) if c.facet in DATE_FACETS
            }
            if _shared(before, {s for s in earlier if _aligned(s)}, doc_id):
                return SPLIT, sorted(subjects)
            return ONE_ARTICLE, sorted(subjects)
        return UNDATED, sorted(subjects)
    if not any(fixes_days(claim_span(c)) for c in theirs):
        return TODAY, sorted(subjects)
    return DATES_COMPATIBLE, sorted(subjects)


def _line(body: str, offset: int) -> str:
    """Return the line of ``body`` holding ``offset``, cut to 200 characters around it."""
    first = body.rfind("\n", 0, offset) + 1
    last = body.find("\n", offset)
    last = len(body) if last < 0 else last
    return body[max(first, offset - 120) : min(last, offset + 80)]


@dataclass(frozen=True)
class Rewritten:
    """One missed rewrite run again: its corpus, the rewrite, the article before and after it,
    and the corpus's claims without it (``before``) and with it (``claims``)."""

    corpus: str
    mutation: dict[str, Any]
    body: str
    new_body: str
    doc_id: str
    before: list[Claim]
    claims: list[Claim]


def _rewritten(
    result: dict[str, object], kinds: Sequence[str], paths: Sequence[Path]
) -> Iterator[Rewritten]:
    """Run each corpus once as it is and once per missed conflicting rewrite of ``kinds``."""
    missed = [m for kind in kinds for m in _missed(result, kind)]
    wanted = {m["corpus"] for m in missed}
    for source in inject.sources_for(list(paths), None):
        if source.name not in wanted:
            continue
        bodies = source.bodies()
        with tempfile.TemporaryDirectory(prefix="inject-why-") as tmp:
            folder, cache = Path(tmp) / "corpus", Path(tmp) / "cache"
            source.materialise(folder)
            before = list(corpus_claims(crosscheck.load_corpus(str(folder)), cache=cache))
            for m in (m for m in missed if m["corpus"] == source.name):
                doc_id, start = str(m["article"]), int(m["start"])
                body = bodies[doc_id]
                new_body = body[:start] + str(m["new"]) + body[int(m["end"]) :]
                source.write(folder, doc_id, new_body)
                try:
                    corpus = crosscheck.load_corpus(str(folder))
                    claims = list(corpus_claims(corpus, cache=cache))
                finally:
                    source.write(folder, doc_id, None)
                doc = next(d for d in corpus.documents if d.text == new_body)
                yield Rewritten(source.name, m, body, new_body, doc.id, before, claims)


def explain_dates(result: dict[str, object], paths: Sequence[Path]) -> list[Miss]:
    """Return one row per missed conflicting date rewrite: where, what, and why."""
    rows: list[Miss] = []
    for r in _rewritten(result, DATE_KINDS, paths):
        m = r.mutation
        start = int(m["start"])
        why, subjects = date_cause(
            r.claims, r.before, r.doc_id, (start, int(m["new_end"])), int(m["end"])
        )
        rows.append(
            Miss(
                r.corpus,
                r.doc_id,
                str(m["chain"]),
                str(m["old"]),
                str(m["new"]),
                why,
                (),
                tuple(subjects),
                # The line around the new date, for reading the miss (--list).
                (_line(r.new_body, start),),
            )
        )
    return rows


def _missed(result: dict[str, object], kind: str) -> list[dict[str, Any]]:
    """Return the conflicting rewrites of ``kind`` that ``inject.py --json`` says were missed."""
    mutations = result.get("mutations", [])
    assert isinstance(mutations, list)
    return [
        m
        for m in mutations
        if m.get("kind") == kind and m.get("mode") == "conflict" and m.get("caught") is False
    ]


def explain_places(result: dict[str, object], paths: Sequence[Path]) -> list[Miss]:
    """Return one row per missed conflicting place rewrite: where, what, and why."""
    rows: list[Miss] = []
    for r in _rewritten(result, ("place",), paths):
        m = r.mutation
        start = int(m["start"])
        claims = [c for c in r.claims if c.facet in PLACE_FACETS]
        # A first line with no closing stop is the title (ECB+ articles of the first
        # collection open with their lead sentence instead).
        title = r.new_body.split("\n", 1)[0].rstrip()
        is_title = not title.endswith((".", "!", "?", '"', "\u201d"))
        first_line = len(title) if is_title else 0
        why, subjects, places = place_cause(
            claims, r.doc_id, {**m, "before": r.body[max(0, start - 40) : start]}, first_line
        )
        rows.append(
            Miss(
                r.corpus,
                str(m["article"]),
                str(m["chain"]),
                str(m["old"]),
                str(m["new"]),
                why,
                (),
                tuple(subjects),
                tuple(places),
            )
        )
    return rows


def explain(result: dict[str, object], paths: Sequence[Path]) -> list[Miss]:
    """Return one row per missed conflicting number rewrite: where, what, and why."""
    missed = _missed(result, "number")
    wanted = {m["corpus"] for m in missed}
    rows: list[Miss] = []
    for source in inject.sources_for(list(paths), None):
        if source.name not in wanted:
            continue
        claims = [c for c in corpus_claims(source.corpus) if c.facet in QUANTITY_FACETS]
        candidates, _ = source.candidates()
        for m in (m for m in missed if m["corpus"] == source.name):
            mine = _on(claims, m["article"], m["start"], m["end"])
            partners = [
                c
                for cand in candidates
                if cand.cls == "number" and cand.chain == m["chain"] and cand.doc_id != m["article"]
                for c in _on(claims, cand.doc_id, cand.start, cand.end)
            ]
            why, segments = cause(mine, partners)
            rows.append(
                Miss(
                    source.name,
                    m["article"],
                    m["chain"],
                    m["old"],
                    m["new"],
                    why,
                    tuple(segments),
                    tuple(sorted({c.subject for c in mine})),
                    tuple(sorted({c.subject for c in partners})),
                )
            )
    return rows


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("result", type=Path, help="the JSON inject.py --json wrote")
    parser.add_argument("paths", type=Path, nargs="+", help="the corpora inject.py was given")
    parser.add_argument("--list", action="store_true", help="print every miss with its keys")
    return parser.parse_args(argv)


def _print_causes(what: str, rows: Sequence[Any], labels: tuple[str, str], listed: bool) -> None:
    """Print the causes of the missed ``what`` rewrites with counts, and each miss when ``listed``
    (its own keys, then its partners', under the two ``labels``)."""
    if not rows:
        return
    if listed:
        for r in rows:
            print(f"{r.corpus} {r.article} {r.old}->{r.new}: {r.cause}")
            for key in r.keys:
                print(f"    {labels[0]}{key}")
            for key in r.partner_keys:
                print(f"    {labels[1]}{key}")
    print(f"inject_why: {len(rows)} missed {what} rewrites")
    for why, n in sorted(Counter(r.cause for r in rows).items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {why}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the causes of the missed number rewrites with counts (and each miss with --list)."""
    args = parse_args(argv)
    result = json.loads(args.result.read_text("utf-8"))
    rows = explain(result, args.paths)
    _print_causes("date", explain_dates(result, args.paths), ("dates:   ", "text:    "), args.list)
    _print_causes(
        "place", explain_places(result, args.paths), ("mine:    ", "others:  "), args.list
    )
    if not rows:
        return 0
    if args.list:
        for r in rows:
            print(f"{r.corpus} {r.article} {r.chain} {r.old}->{r.new}: {r.cause}")
            if r.segments:
                print(f"    differ in: {', '.join(r.segments)}")
            for key in r.keys:
                print(f"    mine:    {key}")
            for key in r.partner_keys:
                print(f"    partner: {key}")
    causes = Counter(r.cause for r in rows)
    segments = Counter("+".join(r.segments) for r in rows if r.segments)
    print(f"inject_why: {len(rows)} missed number rewrites")
    for why, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {why}")
    if segments:
        print("  keys differ in:")
        for seg, n in sorted(segments.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:3d}    {seg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
